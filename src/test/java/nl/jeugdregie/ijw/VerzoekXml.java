package nl.jeugdregie.ijw;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * JW315 and JW317 messages built in tests, and the return codes read back from their retours per
 * class.
 */
final class VerzoekXml {

  private VerzoekXml() {}

  /** A JW315 from {@code agb} to {@code municipality} for client {@code bsn}, born 2014-05-01. */
  static byte[] vot(
      String agb, String municipality, String bsn, LocalDate dated, String... products) {
    return vot(agb, municipality, bsn, LocalDate.of(2014, 5, 1), dated, products);
  }

  static byte[] vot(
      String agb,
      String municipality,
      String bsn,
      LocalDate birthDate,
      LocalDate dated,
      String... products) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <jw315:Bericht xmlns:ijw="http://www.istandaarden.nl/ijw/3_2/basisschema/schema" \
        xmlns:jw315="http://www.istandaarden.nl/ijw/3_2/jw315/schema">
          <jw315:Header>
            <jw315:BerichtCode>446</jw315:BerichtCode>
            <jw315:BerichtVersie>3</jw315:BerichtVersie>
            <jw315:BerichtSubversie>2</jw315:BerichtSubversie>
            <jw315:Afzender>%s</jw315:Afzender>
            <jw315:Ontvanger>%s</jw315:Ontvanger>
            <jw315:BerichtIdentificatie>
              <ijw:Identificatie>%s</ijw:Identificatie>
              <ijw:Dagtekening>%s</ijw:Dagtekening>
            </jw315:BerichtIdentificatie>
            <jw315:XsdVersie>
              <ijw:BasisschemaXsdVersie>0.1.0</ijw:BasisschemaXsdVersie>
              <ijw:BerichtXsdVersie>0.1.0</ijw:BerichtXsdVersie>
            </jw315:XsdVersie>
          </jw315:Header>
          <jw315:Client>
            <jw315:Bsn>%s</jw315:Bsn>
            <jw315:Geboortedatum><ijw:Datum>%s</ijw:Datum></jw315:Geboortedatum>
            <jw315:Geslacht>1</jw315:Geslacht>
            <jw315:Naam>
              <ijw:Geslachtsnaam><ijw:Achternaam>Wit</ijw:Achternaam></ijw:Geslachtsnaam>
              <ijw:Voornamen>Tom</ijw:Voornamen>
            </jw315:Naam>
            <jw315:AangevraagdeProducten>
        %s
            </jw315:AangevraagdeProducten>
          </jw315:Client>
        </jw315:Bericht>
        """
        .formatted(
            agb, municipality, identification(), dated, bsn, birthDate, String.join("\n", products))
        .getBytes(StandardCharsets.UTF_8);
  }

  /**
   * An AangevraagdProduct: {@code code} null for aspecific, {@code category} null too for generic;
   * {@code omvang} as "volume unit frequency" or null; referred by the municipality (type 01).
   */
  static String product(
      String reference,
      @Nullable String category,
      @Nullable String code,
      String start,
      @Nullable String end,
      @Nullable String omvang,
      @Nullable Integer budget) {
    StringBuilder s = new StringBuilder("<jw315:AangevraagdProduct>");
    s.append("<jw315:ReferentieAanbieder>")
        .append(reference)
        .append("</jw315:ReferentieAanbieder>");
    s.append(product("jw315", category, code));
    s.append("<jw315:ToewijzingIngangsdatum>")
        .append(start)
        .append("</jw315:ToewijzingIngangsdatum>");
    if (end != null) {
      s.append("<jw315:ToewijzingEinddatum>").append(end).append("</jw315:ToewijzingEinddatum>");
    }
    s.append(omvang("jw315", omvang));
    if (budget != null) s.append("<jw315:Budget>").append(budget).append("</jw315:Budget>");
    s.append("<jw315:Verwijzer><ijw:Type>01</ijw:Type></jw315:Verwijzer>");
    return s.append("</jw315:AangevraagdProduct>").toString();
  }

  /**
   * 45B01 (Twente, behandeling individueel) of {@code minutes} in total, 2026-12-07 to 2027-05-31.
   */
  static String minutes(String reference, int minutes) {
    return product(reference, "45", "45B01", "2026-12-07", "2027-05-31", minutes + " 01 6", null);
  }

  /** 45G01 (Twente, begeleiding individueel) of 10 hours a month, 2026-12-07 to 2027-05-31. */
  static String hours(String reference) {
    return product(reference, "45", "45G01", "2026-12-07", "2027-05-31", "10 04 4", null);
  }

  /** A JW317 from {@code agb} to {@code municipality} for {@code bsn}, its Verzoek's content. */
  static byte[] vow(
      String agb,
      String municipality,
      String bsn,
      LocalDate dated,
      String reference,
      String content) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <jw317:Bericht xmlns:ijw="http://www.istandaarden.nl/ijw/3_2/basisschema/schema" \
        xmlns:jw317="http://www.istandaarden.nl/ijw/3_2/jw317/schema">
          <jw317:Header>
            <jw317:BerichtCode>486</jw317:BerichtCode>
            <jw317:BerichtVersie>3</jw317:BerichtVersie>
            <jw317:BerichtSubversie>2</jw317:BerichtSubversie>
            <jw317:Afzender>%s</jw317:Afzender>
            <jw317:Ontvanger>%s</jw317:Ontvanger>
            <jw317:BerichtIdentificatie>
              <ijw:Identificatie>%s</ijw:Identificatie>
              <ijw:Dagtekening>%s</ijw:Dagtekening>
            </jw317:BerichtIdentificatie>
            <jw317:XsdVersie>
              <ijw:BasisschemaXsdVersie>0.1.0</ijw:BasisschemaXsdVersie>
              <ijw:BerichtXsdVersie>0.1.0</ijw:BerichtXsdVersie>
            </jw317:XsdVersie>
          </jw317:Header>
          <jw317:Client>
            <jw317:Bsn>%s</jw317:Bsn>
            <jw317:Verzoek>
              <jw317:ReferentieAanbieder>%s</jw317:ReferentieAanbieder>
              <jw317:RedenVerzoek>2</jw317:RedenVerzoek>
        %s
            </jw317:Verzoek>
          </jw317:Client>
        </jw317:Bericht>
        """
        .formatted(agb, municipality, identification(), dated, bsn, reference, content)
        .getBytes(StandardCharsets.UTF_8);
  }

  static String unchanged(int... numbers) {
    StringBuilder s = new StringBuilder("<jw317:OngewijzigdeProducten>");
    for (int number : numbers) {
      s.append("<jw317:OngewijzigdProduct><jw317:ToewijzingNummer>")
          .append(number)
          .append("</jw317:ToewijzingNummer></jw317:OngewijzigdProduct>");
    }
    return s.append("</jw317:OngewijzigdeProducten>").toString();
  }

  /** One TeWijzigenProduct in its list. */
  static String change(
      int number, String desiredStart, @Nullable String end, @Nullable String omvang) {
    StringBuilder s = new StringBuilder("<jw317:TeWijzigenProducten><jw317:TeWijzigenProduct>");
    s.append("<jw317:ToewijzingNummer>").append(number).append("</jw317:ToewijzingNummer>");
    s.append("<jw317:GewensteIngangsdatum>")
        .append(desiredStart)
        .append("</jw317:GewensteIngangsdatum>");
    if (end != null) s.append("<jw317:Einddatum>").append(end).append("</jw317:Einddatum>");
    s.append(omvang("jw317", omvang));
    return s.append("</jw317:TeWijzigenProduct></jw317:TeWijzigenProducten>").toString();
  }

  /** One NieuwProduct in its list. */
  static String added(
      @Nullable String category,
      @Nullable String code,
      String desiredStart,
      String end,
      @Nullable String omvang,
      @Nullable Integer budget) {
    StringBuilder s = new StringBuilder("<jw317:NieuweProducten><jw317:NieuwProduct>");
    s.append(product("jw317", category, code));
    s.append("<jw317:GewensteIngangsdatum>")
        .append(desiredStart)
        .append("</jw317:GewensteIngangsdatum>");
    s.append("<jw317:Einddatum>").append(end).append("</jw317:Einddatum>");
    s.append(omvang("jw317", omvang));
    if (budget != null) s.append("<jw317:Budget>").append(budget).append("</jw317:Budget>");
    return s.append("</jw317:NieuwProduct></jw317:NieuweProducten>").toString();
  }

  private static String product(String ns, @Nullable String category, @Nullable String code) {
    if (category == null) return "";
    String c = code == null ? "" : "<ijw:Code>" + code + "</ijw:Code>";
    return "<%s:Product><ijw:Categorie>%s</ijw:Categorie>%s</%s:Product>"
        .formatted(ns, category, c, ns);
  }

  private static String omvang(String ns, @Nullable String omvang) {
    if (omvang == null) return "";
    String[] p = omvang.split(" ");
    return ("<%s:Omvang><ijw:Volume>%s</ijw:Volume><ijw:Eenheid>%s</ijw:Eenheid>"
            + "<ijw:Frequentie>%s</ijw:Frequentie></%s:Omvang>")
        .formatted(ns, p[0], p[1], p[2], ns);
  }

  private static String identification() {
    return UUID.randomUUID().toString().substring(0, 12);
  }

  /**
   * The return codes of every element named {@code className} in {@code retour}, in document order:
   * each list holds the codes of its own RetourCodes.
   */
  static List<List<String>> codes(byte[] retour, String className) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(retour));
    NodeList elements = doc.getElementsByTagNameNS("*", className);
    List<List<String>> all = new ArrayList<>();
    for (int i = 0; i < elements.getLength(); i++) {
      List<String> codes = new ArrayList<>();
      for (Node n = elements.item(i).getFirstChild(); n != null; n = n.getNextSibling()) {
        if (n instanceof Element e && "RetourCodes".equals(e.getLocalName())) {
          NodeList each = e.getElementsByTagNameNS("*", "RetourCode");
          for (int j = 0; j < each.getLength(); j++) codes.add(each.item(j).getTextContent());
        }
      }
      all.add(codes);
    }
    return all;
  }
}
