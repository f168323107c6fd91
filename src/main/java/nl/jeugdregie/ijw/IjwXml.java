package nl.jeugdregie.ijw;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import jakarta.xml.bind.Unmarshaller;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.Locale;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reading and writing iJw messages with the generated JAXB classes. Reading is hardened like {@link
 * XsdCheck} (no DTD, no external entities) and records where each object was read ({@link
 * Locations}); writing checks every message we send against its XSD, so an invalid message is our
 * bug and never leaves the system.
 */
public final class IjwXml {

  private static final JAXBContext CONTEXT = context();

  private static final XsdCheck XSD = new XsdCheck();

  /**
   * A context per message type for writing: only the message's and the basisschema's namespaces, so
   * a message we send declares those two, with the prefixes the standard's samples use.
   */
  private static final java.util.Map<MessageType, JAXBContext> WRITERS = writers();

  private static java.util.Map<MessageType, JAXBContext> writers() {
    java.util.Map<MessageType, JAXBContext> writers = new java.util.EnumMap<>(MessageType.class);
    for (MessageType type : MessageType.values()) {
      try {
        writers.put(
            type,
            JAXBContext.newInstance(
                "nl.jeugdregie.ijw.xml.basis:nl.jeugdregie.ijw.xml."
                    + type.name().toLowerCase(Locale.ROOT),
                IjwXml.class.getClassLoader()));
      } catch (JAXBException e) {
        throw new IllegalStateException("the " + type + " classes cannot be bound", e);
      }
    }
    return writers;
  }

  /** ijw for the basisschema, jwNNN for a message (ijw.md §3.1). */
  private static final class Prefixes
      extends org.glassfish.jaxb.runtime.marshaller.NamespacePrefixMapper {
    @Override
    public String getPreferredPrefix(String namespace, String suggestion, boolean required) {
      if (namespace.endsWith("/basisschema/schema")) return "ijw";
      return MessageType.ofNamespace(namespace)
          .map(t -> t.name().toLowerCase(Locale.ROOT))
          .orElse(suggestion);
    }
  }

  private IjwXml() {}

  /** A message read: its root ({@code Root} of the message's package) and where things were. */
  record Read<T>(T root, Locations locations) {}

  private static JAXBContext context() {
    StringBuilder packages = new StringBuilder("nl.jeugdregie.ijw.xml.basis");
    for (MessageType type : MessageType.values()) {
      packages.append(":nl.jeugdregie.ijw.xml.").append(type.name().toLowerCase(Locale.ROOT));
    }
    try {
      return JAXBContext.newInstance(packages.toString(), IjwXml.class.getClassLoader());
    } catch (JAXBException e) {
      throw new IllegalStateException("the iJw JAXB classes cannot be bound", e);
    }
  }

  /** A StAX reader that refuses DTDs and external entities. */
  public static XMLStreamReader hardenedReader(InputStream in) throws XMLStreamException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    return factory.createXMLStreamReader(in);
  }

  /** An unmarshaller that records where each object is read from {@code reader}. */
  static Unmarshaller unmarshaller(Locations locations) {
    try {
      Unmarshaller unmarshaller = CONTEXT.createUnmarshaller();
      unmarshaller.setListener(locations);
      return unmarshaller;
    } catch (JAXBException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Reads a whole message that {@link XsdCheck} accepted, as its generated {@code Root} type.
   *
   * @throws IllegalArgumentException when the XML cannot be bound (it should have failed the XSD)
   */
  static <T> Read<T> read(byte[] message, Class<T> rootType) {
    try (InputStream in = new ByteArrayInputStream(message)) {
      XMLStreamReader reader = hardenedReader(in);
      Locations locations = new Locations(reader);
      JAXBElement<T> root = unmarshaller(locations).unmarshal(reader, rootType);
      reader.close();
      return new Read<>(root.getValue(), locations);
    } catch (JAXBException | XMLStreamException | java.io.IOException e) {
      throw new IllegalArgumentException("the message cannot be read: " + e.getMessage(), e);
    }
  }

  /**
   * Writes {@code root} as the {@code Bericht} of {@code type} and checks it against the XSD.
   *
   * @throws IllegalStateException when the result is not XSD-valid (a bug of ours, never sent)
   */
  static <T> byte[] write(MessageType type, Class<T> rootType, T root) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Marshaller marshaller =
          java.util.Objects.requireNonNull(WRITERS.get(type)).createMarshaller();
      marshaller.setProperty(Marshaller.JAXB_FORMATTED_OUTPUT, true);
      marshaller.setProperty(Marshaller.JAXB_ENCODING, "UTF-8");
      marshaller.setProperty("org.glassfish.jaxb.namespacePrefixMapper", new Prefixes());
      marshaller.marshal(
          new JAXBElement<>(new QName(type.namespace(), "Bericht"), rootType, root), out);
    } catch (JAXBException e) {
      throw new IllegalStateException("a " + type + " cannot be written: " + e.getMessage(), e);
    }
    byte[] xml = out.toByteArray();
    XsdCheck.Result check = XSD.check(xml);
    if (!check.valid()) {
      throw new IllegalStateException(
          "the " + type + " we would send is not valid against its XSD: " + check.findings());
    }
    return xml;
  }
}
