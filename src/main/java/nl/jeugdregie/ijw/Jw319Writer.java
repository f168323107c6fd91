package nl.jeugdregie.ijw;

import nl.jeugdregie.ijw.xml.basis.CDTBerichtIdentificatie;
import nl.jeugdregie.ijw.xml.jw319.Antwoord;
import nl.jeugdregie.ijw.xml.jw319.Root;
import nl.jeugdregie.ijw.xml.jw319.Woonplaatsbeginsel;

/**
 * Writes a JW319 from an {@link AnswerMessage} (checked against the XSD by {@link IjwXml}) and
 * reads one back into it, each the other's mirror.
 */
public final class Jw319Writer {

  /** BerichtCode (COD002) of a JW319. */
  static final String CODE = "488";

  private Jw319Writer() {}

  /**
   * The message as XML.
   *
   * @throws IllegalStateException when it is not valid against the JW319 XSD (our bug)
   */
  public static byte[] write(AnswerMessage message) {
    var h = new nl.jeugdregie.ijw.xml.jw319.Header();
    h.setBerichtCode(CODE);
    h.setBerichtVersie(3);
    h.setBerichtSubversie(2);
    h.setAfzender(message.header().sender());
    h.setOntvanger(message.header().receiver());
    CDTBerichtIdentificatie id = new CDTBerichtIdentificatie();
    id.setIdentificatie(message.header().identification());
    id.setDagtekening(message.header().dated());
    h.setBerichtIdentificatie(id);
    h.setXsdVersie(Jw301Writer.xsdVersion());
    Antwoord antwoord = new Antwoord();
    antwoord.setReferentieAanbieder(message.reference());
    antwoord.setVerzoekAntwoord(message.answer());
    antwoord.setRedenAfwijzingVerzoek(message.rejectionReason());
    String responsible = message.responsibleMunicipality();
    if (responsible != null) {
      Woonplaatsbeginsel residence = new Woonplaatsbeginsel();
      residence.setGemeente(responsible);
      antwoord.setWoonplaatsbeginsel(residence);
    }
    Root root = new Root();
    root.setHeader(h);
    root.setAntwoord(antwoord);
    return IjwXml.write(MessageType.JW319, Root.class, root);
  }

  /** A JW319 that passed its XSD, as a record. */
  public static AnswerMessage read(byte[] xml) {
    return message(IjwXml.read(xml, Root.class).root());
  }

  /** The record of a bound JW319. */
  static AnswerMessage message(Root root) {
    var h = root.getHeader();
    Antwoord a = root.getAntwoord();
    Woonplaatsbeginsel residence = a.getWoonplaatsbeginsel();
    return new AnswerMessage(
        new Header(
            h.getAfzender(),
            h.getOntvanger(),
            h.getBerichtIdentificatie().getIdentificatie(),
            h.getBerichtIdentificatie().getDagtekening()),
        a.getReferentieAanbieder(),
        a.getVerzoekAntwoord(),
        a.getRedenAfwijzingVerzoek(),
        residence == null ? null : residence.getGemeente());
  }
}
