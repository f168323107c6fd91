package nl.jeugdregie.ggk;

import java.util.List;
import nl.jeugdregie.ggk.GgkEnvelopes.Systeem;
import nl.jeugdregie.ijw.XmlFinding;
import org.jspecify.annotations.Nullable;

/**
 * A StUF-GGk envelope that cannot be taken (StUF055): not XML, hostile (a DOCTYPE), too large, not
 * an envelope, or invalid against the GGk XSD; with every finding (line and column) and, as far as
 * the envelope could be read, who sent it, so the Fo03 can be addressed. The message names the
 * first finding and never a BSN.
 */
class EnvelopeRefusedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What could be read of the refused envelope's stuurgegevens; each part null when unknown. */
  record Herkomst(
      @Nullable Systeem zender, @Nullable Systeem ontvanger, @Nullable String referentienummer) {
    static final Herkomst ONBEKEND = new Herkomst(null, null, null);
  }

  private final transient List<XmlFinding> findings;
  private final transient Herkomst herkomst;

  EnvelopeRefusedException(String message, List<XmlFinding> findings, Herkomst herkomst) {
    super(message);
    this.findings = List.copyOf(findings);
    this.herkomst = herkomst;
  }

  List<XmlFinding> findings() {
    return findings;
  }

  Herkomst herkomst() {
    return herkomst;
  }
}
