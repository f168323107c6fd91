/**
 * Where the data lives. With {@code jeugdregie.db.url} (env {@code JEUGDREGIE_DB_URL}) it connects
 * to that PostgreSQL server; without it, it starts an embedded PostgreSQL (real binaries) whose
 * data folder is kept (default {@code ~/.jeugdregie/pgdata}), so a restart keeps every record. The
 * schemas are Flyway's, one per module ({@code db/migration/<module>/}).
 */
@NullMarked
package nl.jeugdregie.database;

import org.jspecify.annotations.NullMarked;
