package nl.jeugdregie.ijw;

import java.util.List;
import nl.jeugdregie.billing.DeclaredLine;
import nl.jeugdregie.ijw.xml.basis.CDTBedragMetDC;
import nl.jeugdregie.ijw.xml.basis.CDTBerichtIdentificatie;
import nl.jeugdregie.ijw.xml.basis.CDTGeslotenPeriode;
import nl.jeugdregie.ijw.xml.basis.CDTReferentie;
import nl.jeugdregie.ijw.xml.basis.CDTTotaalBedragMetDC;
import nl.jeugdregie.ijw.xml.basis.CDTXsdVersie;
import nl.jeugdregie.ijw.xml.basis.LDTDebetCredit;
import nl.jeugdregie.ijw.xml.jw325.Client;
import nl.jeugdregie.ijw.xml.jw325.Clienten;
import nl.jeugdregie.ijw.xml.jw325.DeclaratieAntwoord;
import nl.jeugdregie.ijw.xml.jw325.Header;
import nl.jeugdregie.ijw.xml.jw325.Prestatie;
import nl.jeugdregie.ijw.xml.jw325.Prestaties;
import nl.jeugdregie.ijw.xml.jw325.RetourCodes;
import nl.jeugdregie.ijw.xml.jw325.Root;

/**
 * Writes a {@link Jw325} as XML, checked against JW325.xsd before it leaves ({@link IjwXml#write}).
 * Built from the answer, never from a copy of the received 323: only the rejected prestaties are
 * ever held, however large the declaration was.
 */
final class Jw325Writer {

  /** BerichtCode of a JW325 (COD002). */
  static final String CODE = "491";

  /** XsdVersie of the 325 we send: the appinfo of our JW325.xsd (IV034). */
  static final Jw325.Versions XSD = new Jw325.Versions("0.1.0", "0.1.0");

  private Jw325Writer() {}

  static byte[] write(Jw325 reply) {
    return IjwXml.write(MessageType.JW325, Root.class, root(reply));
  }

  static Root root(Jw325 reply) {
    Header header = new Header();
    header.setBerichtCode(CODE);
    header.setBerichtVersie(3);
    header.setBerichtSubversie(2);
    header.setAfzender(reply.municipality());
    header.setOntvanger(reply.providerAgb());
    header.setBerichtIdentificatie(identification(reply.identification(), reply.dated()));
    header.setXsdVersie(versions(reply.xsd()));
    header.setDeclaratieIdentificatie(
        identification(reply.declarationIdentification(), reply.declarationDated()));
    header.setXsltVersie(reply.xsltVersion());
    header.setXsdVersieDeclaratie(versions(reply.declarationXsd()));
    header.setRetourCodes(codes(reply.headerCodes()));
    Root root = new Root();
    root.setHeader(header);
    Jw325.Answer answer = reply.answer();
    if (answer != null) root.setDeclaratieAntwoord(answer(answer));
    return root;
  }

  private static DeclaratieAntwoord answer(Jw325.Answer answer) {
    DeclaratieAntwoord element = new DeclaratieAntwoord();
    element.setDeclaratieNummer(answer.number());
    element.setTotaalIngediendBedrag(total(answer.submittedCents()));
    element.setTotaalToegekendBedrag(total(answer.grantedCents()));
    if (!answer.clients().isEmpty()) {
      Clienten clients = new Clienten();
      for (Jw325.RejectedClient c : answer.clients()) {
        Client client = new Client();
        client.setBsn(c.bsn().value());
        Prestaties prestaties = new Prestaties();
        for (Jw325.RejectedLine line : c.lines()) {
          prestaties.getPrestatie().add(prestatie(line.line(), line.codes()));
        }
        client.setPrestaties(prestaties);
        client.setRetourCodes(codes(c.codes()));
        clients.getClient().add(client);
      }
      element.setClienten(clients);
    }
    element.setRetourCodes(codes(answer.codes()));
    return element;
  }

  /** The prestatie as declared (TR367), with its return codes. */
  private static Prestatie prestatie(DeclaredLine line, List<String> codes) {
    Prestatie p = new Prestatie();
    CDTReferentie reference = new CDTReferentie();
    reference.setReferentieNummer(line.reference());
    reference.setVorigReferentieNummer(line.previousReference());
    p.setProductReferentie(reference);
    p.setToewijzingNummer(line.allocationNumber());
    p.setProductCategorie(line.category());
    p.setProductCode(line.productCode());
    CDTGeslotenPeriode period = new CDTGeslotenPeriode();
    period.setBegindatum(line.productPeriod().start());
    period.setEinddatum(line.productPeriod().end());
    p.setProductPeriode(period);
    p.setGeleverdVolume(Math.toIntExact(line.volume()));
    p.setEenheid(line.unit().code());
    Long tariff = line.tariffCents();
    p.setProductTarief(tariff == null ? null : Math.toIntExact(tariff));
    CDTBedragMetDC amount = new CDTBedragMetDC();
    amount.setBedrag(Math.toIntExact(line.amountCents()));
    amount.setDebetCredit(LDTDebetCredit.fromValue(line.debitCredit().code()));
    p.setIngediendBedrag(amount);
    p.setRetourCodes(codes(codes));
    return p;
  }

  /** A signed total as TotaalBedrag and DebetCredit; 0 is a debit (CS325). */
  private static CDTTotaalBedragMetDC total(long signedCents) {
    CDTTotaalBedragMetDC total = new CDTTotaalBedragMetDC();
    total.setTotaalBedrag(Math.abs(signedCents));
    total.setDebetCredit(signedCents < 0 ? LDTDebetCredit.C : LDTDebetCredit.D);
    return total;
  }

  private static CDTBerichtIdentificatie identification(
      String identification, java.time.LocalDate dated) {
    CDTBerichtIdentificatie element = new CDTBerichtIdentificatie();
    element.setIdentificatie(identification);
    element.setDagtekening(dated);
    return element;
  }

  private static CDTXsdVersie versions(Jw325.Versions versions) {
    CDTXsdVersie element = new CDTXsdVersie();
    element.setBasisschemaXsdVersie(versions.basisschema());
    element.setBerichtXsdVersie(versions.bericht());
    return element;
  }

  private static RetourCodes codes(List<String> codes) {
    RetourCodes element = new RetourCodes();
    element.getRetourCode().addAll(codes);
    return element;
  }
}
