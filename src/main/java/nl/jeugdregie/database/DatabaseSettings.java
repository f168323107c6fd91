package nl.jeugdregie.database;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Database settings ({@code jeugdregie.db.*}). {@code url} blank means the embedded server; {@code
 * embeddedDir} blank means a throw-away data folder (tests). {@code freshDatabase} makes a run use
 * a new, uniquely named database on the server and drop it at the end, so test runs against a
 * shared server never see each other's rows. {@code durable} (default true) runs the embedded
 * server with {@code fsync} and {@code synchronous_commit} on, so a confirmed booking survives a
 * crash; only the tests' configuration turns it off, for speed.
 */
@ConfigurationProperties("jeugdregie.db")
record DatabaseSettings(
    @Nullable String url,
    @Nullable String user,
    @Nullable String password,
    @Nullable String embeddedDir,
    boolean freshDatabase,
    @DefaultValue("true") boolean durable) {

  boolean embedded() {
    return url == null || url.isBlank();
  }

  @Nullable Path embeddedPath() {
    return embeddedDir == null || embeddedDir.isBlank() ? null : Path.of(embeddedDir);
  }
}
