package nl.jeugdregie.ijw;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.jspecify.annotations.Nullable;
import org.xml.sax.SAXException;

/**
 * The first of iJw's four control levels (ijw.md §2.1): is the message one of ours, and is it valid
 * against its XSD? A message is read hardened: a DOCTYPE is refused outright (so no DTD, no
 * external entity, no entity expansion such as the billion laughs), no external schema or DTD is
 * fetched, and a message over the hubs' limit of 25 MB (OP179) is refused before it is parsed.
 *
 * <p>The XSD carries the RS rules and the pattern rules CS015 (BerichtSubversie 2), CS025
 * (BerichtVersie 3) and CS319 (DeclaratieIdentificatie letters and digits only).
 */
@nl.jeugdregie.shared.IjwRules({"CS015", "CS025", "CS319"})
public final class XsdCheck {

  /** The hubs' file size limit (OP179; GGk IB003, VECOZO IB012). */
  public static final int MAX_BYTES = 25 * 1024 * 1024;

  /** The outcome: the message type (when recognised) and every finding; valid when none. */
  public record Result(@Nullable MessageType type, List<XmlFinding> findings) {
    public Result {
      findings = List.copyOf(findings);
    }

    public boolean valid() {
      return type != null && findings.isEmpty();
    }
  }

  private final Map<MessageType, Schema> schemas = new EnumMap<>(MessageType.class);

  public XsdCheck() {
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    try {
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      // the shipped XSDs import basisschema.xsd next to them; nothing else may be fetched
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, HardenedXml.SHIPPED_SCHEMAS);
      for (MessageType type : MessageType.values()) {
        URL xsd = XsdCheck.class.getClassLoader().getResource(type.xsd());
        if (xsd == null) throw new IllegalStateException("missing " + type.xsd());
        schemas.put(type, factory.newSchema(xsd));
      }
    } catch (SAXException e) {
      throw new IllegalStateException("the iJw XSDs cannot be read: " + e.getMessage(), e);
    }
  }

  /**
   * Checks one message: which type it is (by its root namespace) and whether its XSD accepts it.
   */
  public Result check(byte[] message) {
    if (message.length > MAX_BYTES) {
      return new Result(
          null,
          List.of(
              new XmlFinding(
                  0,
                  0,
                  "the message is " + message.length + " bytes, over the 25 MB limit (OP179)")));
    }
    MessageType type;
    try {
      type = typeOf(message);
    } catch (XMLStreamException e) {
      var at = e.getLocation();
      return new Result(
          null,
          List.of(
              new XmlFinding(
                  at == null ? 0 : at.getLineNumber(),
                  at == null ? 0 : at.getColumnNumber(),
                  "not well-formed XML: " + firstLine(e.getMessage()))));
    } catch (RefusedException e) {
      return new Result(null, List.of(e.finding));
    }
    List<XmlFinding> findings =
        HardenedXml.validate(java.util.Objects.requireNonNull(schemas.get(type)), message);
    return new Result(type, findings);
  }

  /** The message type from the root element's namespace, read hardened with StAX. */
  private static MessageType typeOf(byte[] message) throws XMLStreamException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    try (InputStream in = new ByteArrayInputStream(message)) {
      XMLStreamReader reader = factory.createXMLStreamReader(in);
      try {
        while (reader.hasNext()) {
          int event = reader.next();
          if (event == XMLStreamConstants.DTD) {
            throw new RefusedException(
                new XmlFinding(
                    reader.getLocation().getLineNumber(),
                    reader.getLocation().getColumnNumber(),
                    "a DOCTYPE is not allowed in an iJw message (no DTDs, no entities)"));
          }
          if (event == XMLStreamConstants.START_ELEMENT) {
            String namespace = reader.getNamespaceURI();
            String ns = namespace == null ? "" : namespace;
            return MessageType.ofNamespace(ns)
                .filter(t -> reader.getLocalName().equals("Bericht"))
                .orElseThrow(
                    () ->
                        new RefusedException(
                            new XmlFinding(
                                reader.getLocation().getLineNumber(),
                                reader.getLocation().getColumnNumber(),
                                "root element {"
                                    + ns
                                    + "}"
                                    + reader.getLocalName()
                                    + " is not an iJw 3.2 Bericht")));
          }
        }
      } finally {
        reader.close();
      }
    } catch (IOException e) {
      throw new XMLStreamException("cannot be read: " + e.getMessage());
    }
    throw new RefusedException(new XmlFinding(0, 0, "the message has no root element"));
  }

  private static String firstLine(@Nullable String message) {
    return HardenedXml.firstLine(message);
  }

  /** A message refused before validation: not ours, or not allowed (a DOCTYPE). */
  private static final class RefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient XmlFinding finding;

    RefusedException(XmlFinding finding) {
      super(finding.message());
      this.finding = finding;
    }
  }
}
