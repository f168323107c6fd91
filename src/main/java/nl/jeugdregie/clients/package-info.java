/**
 * Clients (jeugdigen) and their personal data: BSN (11-proef), name, birth date, municipality of
 * residence, and the BRP address and sex an iJw JW301 carries. This module is the only keeper of
 * personal data: other modules hold a client's id and ask {@link
 * nl.jeugdregie.clients.Clients#view} what an actor may see. Roles that need it get the BSN and
 * name and every such read is written to the append-only audit log; other roles get only the
 * pseudonym. A BSN never reaches a log line ({@link nl.jeugdregie.shared.Bsn} masks itself).
 */
@NullMarked
package nl.jeugdregie.clients;

import org.jspecify.annotations.NullMarked;
