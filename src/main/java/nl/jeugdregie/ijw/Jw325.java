package nl.jeugdregie.ijw;

import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.billing.DeclaredLine;
import nl.jeugdregie.shared.Bsn;
import org.jspecify.annotations.Nullable;

/**
 * A JW325, the declaratie-antwoord, as we send it (ijw.md §3.11, IV087): the Header with the
 * declaration it answers (DeclaratieIdentificatie, XsdVersieDeclaratie) and the header's return
 * codes, and, unless the 323 was rejected on its header or content, the answer: the totals, the
 * Declaratie's return code, and only the rejected prestaties, per Client, each with its return
 * codes (OP303, OP304, TR342). Amounts are signed eurocents, debit positive.
 */
record Jw325(
    String municipality,
    String providerAgb,
    String identification,
    LocalDate dated,
    Versions xsd,
    String declarationIdentification,
    LocalDate declarationDated,
    @Nullable String xsltVersion,
    Versions declarationXsd,
    List<String> headerCodes,
    @Nullable Answer answer) {

  Jw325 {
    headerCodes = List.copyOf(headerCodes);
  }

  /** XsdVersie: BasisschemaXsdVersie and BerichtXsdVersie. */
  record Versions(String basisschema, String bericht) {}

  /** DeclaratieAntwoord; {@code codes} are its own return codes (8001, 0200, or e.g. 9333). */
  record Answer(
      String number,
      long submittedCents,
      long grantedCents,
      List<RejectedClient> clients,
      List<String> codes) {
    Answer {
      clients = List.copyOf(clients);
      codes = List.copyOf(codes);
    }
  }

  /** A Client with rejected prestaties, and its own return codes (0200: no remark). */
  record RejectedClient(Bsn bsn, List<RejectedLine> lines, List<String> codes) {
    RejectedClient {
      lines = List.copyOf(lines);
      codes = List.copyOf(codes);
    }
  }

  /** A rejected prestatie, exactly as declared, and why. */
  record RejectedLine(DeclaredLine line, List<String> codes) {
    RejectedLine {
      codes = List.copyOf(codes);
    }
  }
}
