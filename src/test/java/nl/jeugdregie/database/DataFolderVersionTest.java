package nl.jeugdregie.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import nl.jeugdregie.Jeugdregie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The embedded PostgreSQL is version 17, and a data folder of another major version (jeugdregie
 * before issue 11 ran 14) stops the start with a message naming the folder and what to do, leaving
 * the folder as it was.
 */
class DataFolderVersionTest {

  @TempDir Path dir;

  @Test
  void theEmbeddedBinariesAreTheMajorVersionWeCheckFor() throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement();
        ResultSet version = s.executeQuery("show server_version_num")) {
      version.next();
      assertThat(String.valueOf(version.getInt(1) / 10_000))
          .isEqualTo(DatabaseConfiguration.EMBEDDED_MAJOR);
    }
  }

  @Test
  void aFolderOfPostgres14StopsTheStartNamingTheFolderAndTouchingNothing() throws Exception {
    Path pgdata = Files.createDirectories(dir.resolve("pgdata"));
    Files.writeString(pgdata.resolve("PG_VERSION"), "14\n");
    Files.writeString(pgdata.resolve("postgresql.conf"), "# the old server's\n");

    assertThatThrownBy(
            () ->
                new SpringApplicationBuilder(Jeugdregie.class)
                    .properties("jeugdregie.demo.load=false")
                    .run(
                        "--server.port=0",
                        "--jeugdregie.db.url=",
                        "--jeugdregie.db.embedded-dir=" + pgdata))
        .rootCause()
        .isInstanceOf(OtherMajorVersionException.class)
        .hasMessageContaining("the data folder " + pgdata + " holds PostgreSQL 14 data")
        .hasMessageContaining("embedded PostgreSQL 17; nothing was changed")
        .satisfies(
            e ->
                assertThat(((OtherMajorVersionException) e).action())
                    .contains("mv " + pgdata + " " + pgdata + "-pg14")
                    .contains("JEUGDREGIE_DB_DIR", "JEUGDREGIE_DB_URL"));

    try (var files = Files.list(pgdata)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("PG_VERSION", "postgresql.conf");
    }
    assertThat(Files.readString(pgdata.resolve("PG_VERSION"))).isEqualTo("14\n");
  }

  @Test
  void aFolderOfTheSameVersionOrAnEmptyOneIsUsed() throws Exception {
    DatabaseConfiguration.refuseOtherMajorVersion(dir);
    Files.writeString(dir.resolve("PG_VERSION"), DatabaseConfiguration.EMBEDDED_MAJOR + "\n");
    DatabaseConfiguration.refuseOtherMajorVersion(dir);
  }
}
