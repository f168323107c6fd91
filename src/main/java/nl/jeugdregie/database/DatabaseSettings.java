package nl.jeugdregie.database;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Database settings ({@code jeugdregie.db.*}). {@code url} blank means the embedded server; {@code
 * embeddedDir} blank means a throw-away data folder (tests). {@code freshDatabase} makes a run use
 * a new, uniquely named database on the server and drop it at the end, so test runs against a
 * shared server never see each other's rows.
 */
@ConfigurationProperties("jeugdregie.db")
record DatabaseSettings(
    @Nullable String url,
    @Nullable String user,
    @Nullable String password,
    @Nullable String embeddedDir,
    boolean freshDatabase) {

  boolean embedded() {
    return url == null || url.isBlank();
  }

  @Nullable Path embeddedPath() {
    return embeddedDir == null || embeddedDir.isBlank() ? null : Path.of(embeddedDir);
  }
}
