package nl.jeugdregie.database;

import java.nio.file.Path;

/**
 * The embedded data folder holds data of another PostgreSQL major version: we refuse to start and
 * touch nothing ({@link OtherMajorVersionReport} says what to do).
 */
final class OtherMajorVersionException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private final transient Path dir;
  private final String found;
  private final String embedded;

  OtherMajorVersionException(Path dir, String found, String embedded) {
    super(
        "the data folder "
            + dir
            + " holds PostgreSQL "
            + found
            + " data, but this jeugdregie runs embedded PostgreSQL "
            + embedded
            + "; nothing was changed");
    this.dir = dir;
    this.found = found;
    this.embedded = embedded;
  }

  /** What the operator can do, in the order most will want it. */
  String action() {
    return "To start afresh (the demo month is loaded again), move the folder aside and keep it:\n"
        + "    mv "
        + dir
        + " "
        + dir
        + "-pg"
        + found
        + "\nor set JEUGDREGIE_DB_DIR to another folder. To keep its records, dump them with"
        + " pg_dump of PostgreSQL "
        + found
        + " and restore them into a PostgreSQL "
        + embedded
        + " server that you give with JEUGDREGIE_DB_URL (docs/operations.md).";
  }
}
