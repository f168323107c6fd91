package nl.jeugdregie.ijw;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javax.xml.transform.stream.StreamSource;
import nl.jeugdregie.ijw.xml.jw301.Root;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The first control level on the shared iJw samples: the valid ones pass their XSD, JW315.xml and
 * JW318.xml are refused as the standard's samples intend; hostile and broken documents are refused
 * with where and why, and nothing is fetched from outside.
 */
class XsdCheckTest {

  private static final XsdCheck CHECK = new XsdCheck();

  private static byte[] sample(MessageType type) throws Exception {
    return Files.readAllBytes(Path.of("src/test/resources/ijw/samples/" + type + ".xml"));
  }

  @ParameterizedTest
  @EnumSource(
      value = MessageType.class,
      names = {"JW315", "JW318"},
      mode = EnumSource.Mode.EXCLUDE)
  void acceptsTheValidSharedSamples(MessageType type) throws Exception {
    XsdCheck.Result result = CHECK.check(sample(type));
    assertThat(result.type()).isEqualTo(type);
    assertThat(result.findings()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(
      value = MessageType.class,
      names = {"JW315", "JW318"})
  void refusesTheTwoSamplesThatAreInvalidOnPurposeWithWhereAndWhy(MessageType type)
      throws Exception {
    XsdCheck.Result result = CHECK.check(sample(type));
    assertThat(result.type()).isEqualTo(type);
    assertThat(result.valid()).isFalse();
    assertThat(result.findings()).allSatisfy(f -> assertThat(f.line()).isPositive());
  }

  @Test
  void refusesADoctypeSoNoExternalEntityIsEverRead() {
    String xxe =
        """
        <?xml version="1.0"?>
        <!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>
        <jw301:Bericht xmlns:jw301="http://www.istandaarden.nl/ijw/3_2/jw301/schema">&x;</jw301:Bericht>
        """;
    XsdCheck.Result result = CHECK.check(xxe.getBytes(StandardCharsets.UTF_8));
    assertThat(result.valid()).isFalse();
    assertThat(result.findings())
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("DOCTYPE"));
    assertThat(result.findings().toString()).doesNotContain("root:");
  }

  @Test
  void refusesTheBillionLaughsBeforeExpandingAnything() {
    StringBuilder doc = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n");
    doc.append("<!ENTITY lol \"lol\">\n");
    for (int i = 1; i < 10; i++) {
      doc.append("<!ENTITY lol").append(i).append(" \"");
      for (int j = 0; j < 10; j++) doc.append("&lol").append(i == 1 ? "" : i - 1).append(';');
      doc.append("\">\n");
    }
    doc.append("]>\n<lolz>&lol9;</lolz>");
    XsdCheck.Result result = CHECK.check(doc.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(result.findings())
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("DOCTYPE"));
  }

  @Test
  void refusesAWrongNamespaceNamingIt() {
    String other =
        "<jw301:Bericht xmlns:jw301=\"http://www.istandaarden.nl/iwmo/3_2/wmo301/schema\"/>";
    XsdCheck.Result result = CHECK.check(other.getBytes(StandardCharsets.UTF_8));
    assertThat(result.type()).isNull();
    assertThat(result.findings())
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("iwmo/3_2/wmo301", "not an iJw 3.2"));
  }

  @Test
  void refusesATruncatedMessageWithTheLineWhereItBreaks() throws Exception {
    byte[] whole = sample(MessageType.JW301);
    byte[] half = java.util.Arrays.copyOf(whole, whole.length / 2);
    XsdCheck.Result result = CHECK.check(half);
    assertThat(result.valid()).isFalse();
    assertThat(result.findings()).isNotEmpty();
    assertThat(result.findings().getFirst().line()).isPositive();
  }

  @Test
  void refusesAMessageOverTheHubsLimitUnread() {
    XsdCheck.Result result = CHECK.check(new byte[XsdCheck.MAX_BYTES + 1]);
    assertThat(result.findings())
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("25 MB"));
  }

  @Test
  void bindsDatesAsLocalDatesWithoutATimeZone() throws Exception {
    JAXBContext context = JAXBContext.newInstance(Root.class);
    JAXBElement<Root> bericht =
        context
            .createUnmarshaller()
            .unmarshal(
                new StreamSource(new ByteArrayInputStream(sample(MessageType.JW301))), Root.class);
    LocalDate dagtekening =
        bericht.getValue().getHeader().getBerichtIdentificatie().getDagtekening();
    assertThat(dagtekening).isEqualTo(LocalDate.of(2026, 4, 1));
  }
}
