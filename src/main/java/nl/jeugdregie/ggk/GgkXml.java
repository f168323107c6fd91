package nl.jeugdregie.ggk;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import nl.jeugdregie.ggk.EnvelopeRefusedException.Herkomst;
import nl.jeugdregie.ijw.HardenedXml;
import nl.jeugdregie.ijw.XmlFinding;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Hardened XML for the StUF-GGk edge: parsing with a DOCTYPE refused and nothing external read,
 * validation against the GGk XSDs (ggk0310 with StUF 03.01, and the SOAP 1.1 envelope around them),
 * reading elements by namespace, and parser messages cut short with any BSN masked.
 */
final class GgkXml {

  private static final String MAIN_XSD = "ggk/ggk0310_21/ggkberichten/ggk0310_msg.xsd";
  private static final String SOAP_XSD = "ggk/soap/soap-envelope-1.1.xsd";
  private static final Schema SCHEMA = schema();

  private GgkXml() {}

  /** Parses hardened: namespace aware, a DOCTYPE refused, nothing external read. */
  static Document parse(byte[] message) {
    try {
      return HardenedXml.documentBuilder().parse(new ByteArrayInputStream(message));
    } catch (SAXParseException e) {
      String text = String.valueOf(e.getMessage());
      throw refused(
          e.getLineNumber(),
          e.getColumnNumber(),
          text.contains("DOCTYPE")
              ? "a DOCTYPE is not allowed in a StUF-GGk envelope (no DTDs, no entities)"
              : "not well-formed XML: " + firstLine(text),
          Herkomst.ONBEKEND);
    } catch (SAXException | IOException e) {
      throw refused(0, 0, "cannot be read: " + firstLine(e.getMessage()), Herkomst.ONBEKEND);
    }
  }

  /** Every finding of the GGk XSD (and the SOAP 1.1 envelope) on a well-formed message. */
  static List<XmlFinding> validate(byte[] message) {
    return HardenedXml.validate(SCHEMA, message);
  }

  private static Schema schema() {
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    try {
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      // the shipped XSDs include and import each other by relative paths; nothing else is read
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, HardenedXml.SHIPPED_SCHEMAS);
      return factory.newSchema(new Source[] {source(SOAP_XSD), source(MAIN_XSD)});
    } catch (SAXException e) {
      throw new IllegalStateException("the StUF-GGk XSDs cannot be read: " + e.getMessage(), e);
    }
  }

  private static Source source(String resource) {
    URL url = GgkXml.class.getClassLoader().getResource(resource);
    if (url == null) throw new IllegalStateException("missing " + resource);
    return new StreamSource(url.toExternalForm());
  }

  /** The first child element {ns}local of {@code parent} ("" for no namespace). */
  static @Nullable Element child(Element parent, String ns, String local) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e
          && local.equals(e.getLocalName())
          && ns.equals(e.getNamespaceURI() == null ? "" : e.getNamespaceURI())) {
        return e;
      }
    }
    return null;
  }

  static List<Element> children(Element parent) {
    List<Element> elements = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) elements.add(e);
    }
    return elements;
  }

  /** The stripped text of child {ns}local, null when there is none. */
  static @Nullable String text(Element parent, String ns, String local) {
    Element e = child(parent, ns, local);
    return e == null ? null : e.getTextContent().strip();
  }

  static @Nullable String attribute(Element e, String ns, String local) {
    return e.hasAttributeNS(ns, local) ? e.getAttributeNS(ns, local) : null;
  }

  /** {namespace}local, as the refusals name an element. */
  static String name(Element e) {
    String ns = e.getNamespaceURI();
    return "{" + (ns == null ? "" : ns) + "}" + e.getLocalName();
  }

  /** A refusal with one finding; the position is left out of the message when unknown. */
  static EnvelopeRefusedException refused(int line, int column, String message, Herkomst herkomst) {
    XmlFinding finding = new XmlFinding(line, column, message);
    return new EnvelopeRefusedException(
        line > 0 ? finding.toString() : message, List.of(finding), herkomst);
  }

  private static String firstLine(@Nullable String message) {
    return HardenedXml.firstLine(message);
  }
}
