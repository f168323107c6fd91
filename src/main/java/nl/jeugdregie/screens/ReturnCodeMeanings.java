package nl.jeugdregie.screens;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import nl.jeugdregie.ijw.IjwXml;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The Dutch meaning of an iJw return code (code list WJ001): the documentation of each value of
 * {@code LDT_RetourCode} in the shipped basisschema.xsd, read once at start. A code the list does
 * not have (a regional code such as S329) has no meaning here; the page then shows the service's
 * own explanation only. Used in the templates as {@code @returnCodes.meaning(code)}.
 */
@Component("returnCodes")
public class ReturnCodeMeanings {

  private static final String XSD = "ijw/xsd/basisschema.xsd";

  private final Map<String, String> meanings;

  ReturnCodeMeanings() {
    this.meanings = read();
  }

  /** The code list's Dutch text for {@code code}, or null when the list has none. */
  public @Nullable String meaning(@Nullable String code) {
    return code == null ? null : meanings.get(code);
  }

  private static Map<String, String> read() {
    Map<String, String> found = new HashMap<>();
    try (InputStream in = ReturnCodeMeanings.class.getClassLoader().getResourceAsStream(XSD)) {
      if (in == null) throw new IllegalStateException("missing " + XSD);
      XMLStreamReader reader = IjwXml.hardenedReader(in);
      boolean inType = false;
      String value = null;
      while (reader.hasNext()) {
        int event = reader.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          switch (reader.getLocalName()) {
            case "simpleType" ->
                inType = "LDT_RetourCode".equals(reader.getAttributeValue(null, "name"));
            case "enumeration" -> value = inType ? reader.getAttributeValue(null, "value") : null;
            case "documentation" -> {
              String text = reader.getElementText().trim();
              if (value != null) found.put(value, text);
            }
            default -> {}
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          switch (reader.getLocalName()) {
            case "simpleType" -> inType = false;
            case "enumeration" -> value = null;
            default -> {}
          }
        }
      }
      reader.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (XMLStreamException e) {
      throw new IllegalStateException(XSD + " cannot be read: " + e.getMessage(), e);
    }
    return Map.copyOf(found);
  }
}
