package nl.jeugdregie.ijw;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.Validator;
import org.jspecify.annotations.Nullable;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The one way this module parses and validates XML it did not write: a DOCTYPE refused outright (no
 * DTD, no external entity, no entity expansion), nothing external fetched, and parser messages cut
 * to their first line with every run of nine digits masked, since parsers echo values and a BSN may
 * never reach a log or an answer. Used for iJw messages ({@link XsdCheck}, {@link Retours}) and the
 * StUF-GGk envelopes ({@link GgkXml}).
 */
public final class HardenedXml {

  /**
   * Where the shipped XSDs may be read from while a schema is built (their imports and includes):
   * the classes folder (file), a jar, and Spring Boot's nested jar (the executable jar). A message
   * being validated may read nothing external at all.
   */
  public static final String SHIPPED_SCHEMAS = "file,jar,nested";

  /** At most this many findings per document: a broken file need not list every line. */
  private static final int MAX_FINDINGS = 200;

  private HardenedXml() {}

  /** A namespace-aware DOM builder that refuses a DOCTYPE and reads nothing external. */
  public static DocumentBuilder documentBuilder() {
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
      return builder;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("no hardened XML parser", e);
    }
  }

  /**
   * Every finding of {@code schema} on {@code document}, each with line and column; a document that
   * is not well-formed ends with a "not well-formed XML" finding where the parser stopped.
   */
  public static List<XmlFinding> validate(Schema schema, byte[] document) {
    List<XmlFinding> findings = new ArrayList<>();
    Validator validator = schema.newValidator();
    try {
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      validator.setErrorHandler(collecting(findings));
      validator.validate(new StreamSource(new ByteArrayInputStream(document)));
    } catch (SAXException e) {
      if (findings.isEmpty()) findings.add(new XmlFinding(0, 0, firstLine(e.getMessage())));
    } catch (IOException e) {
      findings.add(new XmlFinding(0, 0, "cannot be read: " + e.getMessage()));
    }
    return findings;
  }

  private static ErrorHandler collecting(List<XmlFinding> findings) {
    return new ErrorHandler() {
      @Override
      public void warning(SAXParseException e) {}

      @Override
      public void error(SAXParseException e) {
        if (findings.size() < MAX_FINDINGS) {
          findings.add(
              new XmlFinding(e.getLineNumber(), e.getColumnNumber(), firstLine(e.getMessage())));
        }
      }

      @Override
      public void fatalError(SAXParseException e) throws SAXParseException {
        findings.add(
            new XmlFinding(
                e.getLineNumber(),
                e.getColumnNumber(),
                "not well-formed XML: " + firstLine(e.getMessage())));
        throw e;
      }
    };
  }

  /**
   * The first line of a parser message, at most 300 characters (a parser may echo a whole base64
   * payload), with every run of nine digits masked.
   */
  public static String firstLine(@Nullable String message) {
    if (message == null) return "(no message)";
    int newline = message.indexOf('\n');
    return shortened(masked(newline < 0 ? message : message.substring(0, newline)), 300);
  }

  /** {@code text} with every run of exactly nine digits (a BSN, perhaps) masked. */
  public static String masked(String text) {
    return text.replaceAll("(?<![0-9])[0-9]{9}(?![0-9])", "*********");
  }

  public static String shortened(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
