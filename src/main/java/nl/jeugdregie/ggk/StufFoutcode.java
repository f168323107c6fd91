package nl.jeugdregie.ggk;

/**
 * The StUF 03.01 error codes the GGk edge answers with in a Fo03 (the standard's table of
 * foutcodes: "client" codes for what the sender did wrong, "server" codes for what went wrong
 * here). stuf0301.xsd only limits a code to 7 characters; the codes and texts are StUF 03.01's.
 */
enum StufFoutcode {
  /** Combinatie zender en referentienummer niet uniek: an envelope id used for another envelope. */
  STUF016("StUF016", Plek.CLIENT, "Combinatie zender en referentienummer niet uniek"),
  /** Functie niet ondersteund: a message the municipality does not receive (yet). */
  STUF037("StUF037", Plek.SERVER, "Functie niet ondersteund"),
  /** Opslaan bericht niet mogelijk. */
  STUF046("StUF046", Plek.SERVER, "Opslaan bericht niet mogelijk"),
  /**
   * Het zendende systeem is niet geautoriseerd: the envelope's zender may not send this message
   * (its Afzender is another organisation).
   */
  STUF052("StUF052", Plek.CLIENT, "Zendend systeem niet geautoriseerd voor dit bericht"),
  /**
   * Berichtbody is niet conform schema: the envelope or the iJw message in it is not XML, hostile
   * (a DOCTYPE), too large or invalid against its XSD.
   */
  STUF055("StUF055", Plek.CLIENT, "Berichtbody is niet conform schema"),
  /** Proces voor afhandelen bericht geeft fout: our fault, or the message is being processed. */
  STUF058("StUF058", Plek.SERVER, "Proces voor afhandelen bericht geeft fout");

  /** Where the error lies: with the sender (client) or with us (server); StUF:Foutplek. */
  enum Plek {
    CLIENT("client"),
    SERVER("server");

    private final String value;

    Plek(String value) {
      this.value = value;
    }

    String value() {
      return value;
    }
  }

  private final String code;
  private final Plek plek;
  private final String omschrijving;

  StufFoutcode(String code, Plek plek, String omschrijving) {
    this.code = code;
    this.plek = plek;
    this.omschrijving = omschrijving;
  }

  String code() {
    return code;
  }

  Plek plek() {
    return plek;
  }

  /** The standard's text for the code. */
  String omschrijving() {
    return omschrijving;
  }
}
