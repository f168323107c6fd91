package nl.jeugdregie.ijw;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Retour messages (JW302, JW306, JW308, JW316, JW318, JW320) built from the message they answer
 * (ijw.md §2.1, IV028, IV032, OP065): the received message copied unchanged into the retour's
 * namespace, its BerichtCode replaced, the retour's identification, date and XSD versions added to
 * the header, and then
 *
 * <ul>
 *   <li>nothing wrong: the header only, without return codes;
 *   <li>a content rule broken (level 2): the header only, with return code 0001 and XsltVersie;
 *   <li>a rule against earlier messages or an external source broken (levels 3 and 4): the header
 *       (0200, or its own code), and the client whole with a return code on every class: the rule's
 *       own code where it broke, 0200 (no remark) elsewhere.
 * </ul>
 *
 * Every retour is checked against its XSD before it leaves ({@link IjwXml}).
 */
public final class Retours {

  /** WJ001 0200: no remark on this class. */
  static final String NO_REMARK = "0200";

  /** The version of our content rules, given as XsltVersie on a 0001 retour (IV033). */
  static final String RULES_VERSION = "1.0.0";

  /** XsdVersieRetour: the appinfo version of the retour XSDs (IV034). */
  private static final String XSD_VERSION = "0.1.0";

  private static final Map<MessageType, MessageType> RETOUR = new EnumMap<>(MessageType.class);

  private static final Map<MessageType, Set<String>> CLASSES = new EnumMap<>(MessageType.class);

  private static final Map<MessageType, String> CODE = new EnumMap<>(MessageType.class);

  static {
    RETOUR.put(MessageType.JW301, MessageType.JW302);
    RETOUR.put(MessageType.JW305, MessageType.JW306);
    RETOUR.put(MessageType.JW307, MessageType.JW308);
    RETOUR.put(MessageType.JW315, MessageType.JW316);
    RETOUR.put(MessageType.JW317, MessageType.JW318);
    RETOUR.put(MessageType.JW319, MessageType.JW320);
    // the classes that carry RetourCodes in each retour XSD
    CLASSES.put(
        MessageType.JW302, Set.of("Header", "Client", "Relatie", "Contact", "ToegewezenProduct"));
    CLASSES.put(MessageType.JW306, Set.of("Header", "Client", "StartProduct"));
    CLASSES.put(MessageType.JW308, Set.of("Header", "Client", "StopProduct"));
    CLASSES.put(MessageType.JW316, Set.of("Header", "Client", "AangevraagdProduct"));
    CLASSES.put(
        MessageType.JW318,
        Set.of(
            "Header",
            "Client",
            "Verzoek",
            "OngewijzigdProduct",
            "TeWijzigenProduct",
            "NieuwProduct"));
    CLASSES.put(MessageType.JW320, Set.of("Header", "Antwoord", "Woonplaatsbeginsel"));
    // BerichtCode (COD002)
    CODE.put(MessageType.JW302, "437");
    CODE.put(MessageType.JW306, "439");
    CODE.put(MessageType.JW308, "441");
    CODE.put(MessageType.JW316, "447");
    CODE.put(MessageType.JW318, "487");
    CODE.put(MessageType.JW320, "489");
  }

  private Retours() {}

  /** The retour that answers {@code type}; empty for JW323 (answered by a JW325) and retours. */
  public static java.util.Optional<MessageType> retourOf(MessageType type) {
    return java.util.Optional.ofNullable(RETOUR.get(type));
  }

  /** Nothing wrong: the header only, without return codes. */
  static byte[] accepted(
      MessageType type, byte[] received, String identification, LocalDate today) {
    return build(type, received, identification, today, null, Map.of());
  }

  /** A content rule broken (level 2): the header only, with 0001 and XsltVersie (OP286). */
  static byte[] rejectedOnContent(
      MessageType type, byte[] received, String identification, LocalDate today) {
    return build(type, received, identification, today, List.of(Findings.TECHNICAL), Map.of());
  }

  /**
   * Rules of levels 3 and 4 broken: each finding's code on the class its XPath lies in, 0200 on
   * every other class; the whole message is rejected.
   */
  static byte[] rejected(
      MessageType type,
      byte[] received,
      String identification,
      LocalDate today,
      List<RuleFinding> findings) {
    Map<String, Set<String>> codes = new LinkedHashMap<>();
    for (RuleFinding f : findings) {
      codes.computeIfAbsent(f.xpath(), x -> new LinkedHashSet<>()).add(f.returnCode());
    }
    return build(type, received, identification, today, null, codes);
  }

  private static byte[] build(
      MessageType type,
      byte[] received,
      String identification,
      LocalDate today,
      @Nullable List<String> headerOnlyCodes,
      Map<String, Set<String>> codesByXpath) {
    MessageType retour =
        Objects.requireNonNull(RETOUR.get(type), () -> type + " is not answered by a retour");
    Set<String> classes = Objects.requireNonNull(CLASSES.get(retour));
    Document doc = parse(received);
    Element root = doc.getDocumentElement();
    // place each code on the class element its XPath lies in
    Map<Element, Set<String>> codesByClass = new LinkedHashMap<>();
    for (Map.Entry<String, Set<String>> entry : codesByXpath.entrySet()) {
      Element at = classAt(root, entry.getKey(), classes);
      codesByClass.computeIfAbsent(at, e -> new LinkedHashSet<>()).addAll(entry.getValue());
    }
    Element header = child(root, "Header");
    Set<String> headerCodes = codesByClass.remove(header);
    boolean rejectedPerClass = !codesByXpath.isEmpty();
    String ns = retour.namespace();
    String prefix = retour.name().toLowerCase(java.util.Locale.ROOT);
    rename(root, type.namespace(), ns, prefix);
    root.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:" + prefix, ns);
    Element code = child(header, "BerichtCode");
    code.setTextContent(CODE.get(retour));
    String basis =
        child(root, "Header")
            .getElementsByTagNameNS("*", "BasisschemaXsdVersie")
            .item(0)
            .getNamespaceURI();
    header.appendChild(text(doc, ns, prefix, "IdentificatieRetour", identification));
    header.appendChild(text(doc, ns, prefix, "DagtekeningRetour", today.toString()));
    if (headerOnlyCodes != null) {
      header.appendChild(text(doc, ns, prefix, "XsltVersie", RULES_VERSION));
    }
    Element versions = doc.createElementNS(ns, prefix + ":XsdVersieRetour");
    versions.appendChild(text(doc, basis, "ijw", "BasisschemaXsdVersie", XSD_VERSION));
    versions.appendChild(text(doc, basis, "ijw", "BerichtXsdVersie", XSD_VERSION));
    header.appendChild(versions);
    List<String> onHeader =
        headerOnlyCodes != null
            ? headerOnlyCodes
            : headerCodes != null
                ? List.copyOf(headerCodes)
                : rejectedPerClass ? List.of(NO_REMARK) : List.of();
    if (!onHeader.isEmpty()) header.appendChild(retourCodes(doc, ns, prefix, onHeader));
    boolean keepBody = headerOnlyCodes == null && !codesByClass.isEmpty();
    for (Node n = header.getNextSibling(); n != null; ) {
      Node next = n.getNextSibling();
      if (!keepBody) {
        root.removeChild(n);
      } else if (n instanceof Element body) {
        markClasses(body, classes, codesByClass, doc, ns, prefix);
      }
      n = next;
    }
    byte[] xml = serialise(doc);
    // check the result as any message we send
    XsdCheck.Result check = XsdCheckHolder.XSD.check(xml);
    if (!check.valid()) {
      throw new IllegalStateException(
          "the " + retour + " we would send is not valid against its XSD: " + check.findings());
    }
    return xml;
  }

  /** Puts RetourCodes as the last child of every class element below and including {@code e}. */
  private static void markClasses(
      Element e,
      Set<String> classes,
      Map<Element, Set<String>> codes,
      Document doc,
      String ns,
      String prefix) {
    List<Element> children = new ArrayList<>();
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element child) children.add(child);
    }
    for (Element child : children) markClasses(child, classes, codes, doc, ns, prefix);
    if (classes.contains(e.getLocalName())) {
      Set<String> own = codes.get(e);
      e.appendChild(
          retourCodes(doc, ns, prefix, own == null ? List.of(NO_REMARK) : List.copyOf(own)));
    }
  }

  private static Element retourCodes(Document doc, String ns, String prefix, List<String> codes) {
    Element element = doc.createElementNS(ns, prefix + ":RetourCodes");
    for (String code : codes) element.appendChild(text(doc, ns, prefix, "RetourCode", code));
    return element;
  }

  /** The innermost class element on the way down {@code xpath} (local names, [n] positions). */
  private static Element classAt(Element root, String xpath, Set<String> classes) {
    Element at = root;
    Element lastClass = child(root, "Header");
    String[] steps = xpath.split("/");
    // steps[0] is empty, steps[1] is the root (Bericht)
    for (int i = 2; i < steps.length; i++) {
      String step = steps[i];
      int bracket = step.indexOf('[');
      String name = bracket < 0 ? step : step.substring(0, bracket);
      int position =
          bracket < 0 ? 1 : Integer.parseInt(step.substring(bracket + 1, step.length() - 1));
      Element next = nth(at, name, position);
      if (next == null) break;
      at = next;
      if (classes.contains(name)) lastClass = at;
    }
    return lastClass;
  }

  private static @Nullable Element nth(Element parent, String name, int position) {
    int seen = 0;
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && name.equals(e.getLocalName()) && ++seen == position) return e;
    }
    return null;
  }

  private static Element child(Element parent, String name) {
    return Objects.requireNonNull(nth(parent, name, 1), () -> "no " + name + " element");
  }

  private static void rename(Element e, String from, String to, String prefix) {
    if (from.equals(e.getNamespaceURI())) {
      e.getOwnerDocument().renameNode(e, to, prefix + ":" + e.getLocalName());
    }
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element child) rename(child, from, to, prefix);
    }
  }

  private static Element text(Document doc, String ns, String prefix, String name, String value) {
    Element element = doc.createElementNS(ns, prefix + ":" + name);
    element.setTextContent(value);
    return element;
  }

  /** A received (XSD-valid) message as DOM, read hardened: no DOCTYPE, no external entities. */
  private static Document parse(byte[] xml) {
    try {
      return HardenedXml.documentBuilder().parse(new ByteArrayInputStream(xml));
    } catch (org.xml.sax.SAXException | java.io.IOException e) {
      throw new IllegalArgumentException("the message cannot be read: " + e.getMessage(), e);
    }
  }

  private static byte[] serialise(Document doc) {
    try {
      TransformerFactory factory = TransformerFactory.newInstance();
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
      Transformer transformer = factory.newTransformer();
      transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      transformer.transform(new DOMSource(doc), new StreamResult(out));
      return out.toByteArray();
    } catch (Exception e) {
      throw new IllegalStateException("a retour cannot be written: " + e.getMessage(), e);
    }
  }

  /** One shared checker: building the schemas is costly. */
  private static final class XsdCheckHolder {
    static final XsdCheck XSD = new XsdCheck();
  }
}
