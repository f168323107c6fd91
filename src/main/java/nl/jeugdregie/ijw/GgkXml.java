package nl.jeugdregie.ijw;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import nl.jeugdregie.ijw.EnvelopeRefusedException.Herkomst;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
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
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(collecting(new ArrayList<>()));
      return builder.parse(new ByteArrayInputStream(message));
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
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("no hardened XML parser", e);
    }
  }

  /** Every finding of the GGk XSD (and the SOAP 1.1 envelope) on a well-formed message. */
  static List<XmlFinding> validate(byte[] message) {
    List<XmlFinding> findings = new ArrayList<>();
    Validator validator = SCHEMA.newValidator();
    try {
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      validator.setErrorHandler(collecting(findings));
      validator.validate(new StreamSource(new ByteArrayInputStream(message)));
    } catch (SAXException e) {
      if (findings.isEmpty()) findings.add(new XmlFinding(0, 0, firstLine(e.getMessage())));
    } catch (IOException e) {
      findings.add(new XmlFinding(0, 0, "cannot be read: " + e.getMessage()));
    }
    return findings;
  }

  private static Schema schema() {
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    try {
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      // the shipped XSDs include and import each other by relative paths; nothing else is read
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
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

  private static ErrorHandler collecting(List<XmlFinding> findings) {
    return new ErrorHandler() {
      @Override
      public void warning(SAXParseException e) {}

      @Override
      public void error(SAXParseException e) {
        if (findings.size() < 20) {
          findings.add(
              new XmlFinding(e.getLineNumber(), e.getColumnNumber(), firstLine(e.getMessage())));
        }
      }

      @Override
      public void fatalError(SAXParseException e) throws SAXParseException {
        throw e;
      }
    };
  }

  /**
   * The first line of a parser message, at most 300 characters (the parser echoes values, such as a
   * whole base64 payload), with every run of nine digits masked: a BSN never reaches a log or an
   * answer.
   */
  static String firstLine(@Nullable String message) {
    if (message == null) return "(no message)";
    int newline = message.indexOf('\n');
    return shortened(masked(newline < 0 ? message : message.substring(0, newline)), 300);
  }

  /** {@code text} with every run of exactly nine digits (a BSN, perhaps) masked. */
  static String masked(String text) {
    return text.replaceAll("(?<![0-9])[0-9]{9}(?![0-9])", "*********");
  }

  static String shortened(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
