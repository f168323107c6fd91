package nl.jeugdregie.ijw;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.jeugdregie.allocation.DeliveryNotice;
import nl.jeugdregie.allocation.StopReason;
import nl.jeugdregie.ijw.DeliveryMessage.Product;
import nl.jeugdregie.ijw.DeliveryMessage.StartLine;
import nl.jeugdregie.ijw.DeliveryMessage.StopLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * JW305 and JW307 as data and back (a golden round trip of the shared samples), and their content
 * rules, each broken once and kept once.
 */
class DeliveryMessagesTest {

  private static final XsdCheck XSD = new XsdCheck();

  private static byte[] sample(String type) throws Exception {
    return Files.readAllBytes(Path.of("src/test/resources/ijw/samples/" + type + ".xml"));
  }

  private static DeliveryMessage read(MessageType type, byte[] xml) {
    return type == MessageType.JW305
        ? DeliveryMessages.of(IjwXml.read(xml, nl.jeugdregie.ijw.xml.jw305.Root.class).root())
        : DeliveryMessages.of(IjwXml.read(xml, nl.jeugdregie.ijw.xml.jw307.Root.class).root());
  }

  /** Every element with text, as {namespace}path=text in document order. */
  private static List<String> leaves(byte[] xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Element root =
        factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement();
    List<String> leaves = new ArrayList<>();
    collect(root, "", leaves);
    return leaves;
  }

  private static void collect(Element e, String path, List<String> leaves) {
    String here = path + "/{" + e.getNamespaceURI() + "}" + e.getLocalName();
    boolean hasChild = false;
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element child) {
        hasChild = true;
        collect(child, here, leaves);
      }
    }
    if (!hasChild) leaves.add(here + "=" + e.getTextContent());
  }

  @ParameterizedTest
  @ValueSource(strings = {"JW305", "JW307"})
  void theSampleReadsAsDataAndIsWrittenAgainWithTheSameContent(String name) throws Exception {
    MessageType type = MessageType.valueOf(name);
    byte[] sample = sample(name);
    DeliveryMessage message = read(type, sample);

    byte[] written = DeliveryMessages.write(message);

    assertThat(XSD.check(written).valid()).isTrue();
    assertThat(leaves(written)).isEqualTo(leaves(sample));
    assertThat(read(type, written)).isEqualTo(message);
  }

  @Test
  void theStartSampleSaysWhatItSays() throws Exception {
    DeliveryMessage message = read(MessageType.JW305, sample("JW305"));
    assertThat(message.header())
        .isEqualTo(new Header("65656055", "0363", "123456789012", LocalDate.of(2026, 4, 15)));
    assertThat(message.client().name().prefix()).isEqualTo("de");
    assertThat(message.lines())
        .containsExactly(
            new StartLine(
                300201,
                new Product("55", "55A11"),
                LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 4, 3),
                "1"),
            new StartLine(
                300202,
                new Product("55", "55A12"),
                LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 4, 15),
                "1"));
  }

  @Test
  void theLinesBecomeNoticesOfTheClientRoute() throws Exception {
    DeliveryMessage stop = read(MessageType.JW307, sample("JW307"));
    StopLine first = (StopLine) stop.lines().getFirst();
    DeliveryMessage withdrawal =
        new DeliveryMessage(
            MessageType.JW307,
            stop.header(),
            stop.versions(),
            stop.client(),
            List.of(
                new StopLine(
                    first.number(),
                    first.product(),
                    first.allocationStart(),
                    first.begin(),
                    "20",
                    first.end(),
                    "3")));

    assertThat(DeliveryMessages.notices(stop).getFirst())
        .isEqualTo(
            new DeliveryNotice.Stop(
                300201,
                "55",
                "55A11",
                LocalDate.of(2026, 4, 3),
                StopReason.ENDED_AS_PLANNED,
                LocalDate.of(2026, 7, 17),
                false));
    assertThat(DeliveryMessages.notices(withdrawal))
        .singleElement()
        .satisfies(
            n -> {
              assertThat(n.withdrawal()).isTrue();
              assertThat(((DeliveryNotice.Stop) n).reason()).isEqualTo(StopReason.TEMPORARY);
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"JW305", "JW307"})
  void theSamplesBreakNoContentRule(String name) throws Exception {
    assertThat(DeliveryMessageRules.check(MessageType.valueOf(name), sample(name))).isEmpty();
  }

  /** Each row changes the sample once (the first occurrence of {@code from}) and names the rule. */
  @ParameterizedTest(name = "{0}: {3} at {4}")
  @CsvSource(
      delimiter = '|',
      value = {
        "JW305|<jw305:Bsn>999900006<|<jw305:Bsn>999900007<|CS002|/Bericht/Client/Bsn",
        "JW307|<jw307:Bsn>999900006<|<jw307:Bsn>999900060<|CS002|/Bericht/Client/Bsn",
        "JW305|</ijw:Datum>|</ijw:Datum><ijw:DatumGebruik>1</ijw:DatumGebruik>|CS139"
            + "|/Bericht/Client/Geboortedatum",
        "JW307|<ijw:Datum>2010-02-14<|<ijw:Datum>1900-06-01<|TR002|/Bericht/Client/Geboortedatum",
        "JW305|<ijw:Datum>2010-02-14<|<ijw:Datum>2026-04-16<|TR134|/Bericht/Client/Geboortedatum",
        "JW305|<jw305:Begindatum>2026-04-15<|<jw305:Begindatum>2026-04-16<|TR134"
            + "|/Bericht/Client/StartProducten/StartProduct[2]/Begindatum",
        "JW307|<jw307:Einddatum>2026-07-17<|<jw307:Einddatum>2026-07-21<|TR134"
            + "|/Bericht/Client/StopProducten/StopProduct[1]/Einddatum",
        "JW305|<jw305:StatusAanlevering>1<|<jw305:StatusAanlevering>2<|CS058"
            + "|/Bericht/Client/StartProducten/StartProduct[1]/StatusAanlevering",
        "JW307|<jw307:StatusAanlevering>1<|<jw307:StatusAanlevering>9<|CS058"
            + "|/Bericht/Client/StopProducten/StopProduct[1]/StatusAanlevering",
        "JW307|<jw307:Einddatum>2026-07-17<|<jw307:Einddatum>2026-04-02<|TR018"
            + "|/Bericht/Client/StopProducten/StopProduct[1]/Einddatum",
      })
  void eachContentRuleFindsItsBreakWhereItIs(
      String name, String from, String to, String rule, String xpath) throws Exception {
    String xml = new String(sample(name), StandardCharsets.UTF_8);
    int at = xml.indexOf(from);
    assertThat(at).as("the sample has %s", from).isNotNegative();
    byte[] broken =
        (xml.substring(0, at) + to + xml.substring(at + from.length()))
            .getBytes(StandardCharsets.UTF_8);
    assertThat(XSD.check(broken).valid()).isTrue();

    List<RuleFinding> findings = DeliveryMessageRules.check(MessageType.valueOf(name), broken);

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo(rule);
              assertThat(f.returnCode()).isEqualTo("0001");
              assertThat(f.xpath()).isEqualTo(xpath);
            });
  }

  @ParameterizedTest(name = "{0}: the second line has the key of the first, status {1}")
  @CsvSource({"JW305, 1", "JW305, 3", "JW307, 1", "JW307, 3"})
  void aLogicalKeyTwiceInOneMessageIsTR101WhateverItsStatus(String name, String status)
      throws Exception {
    DeliveryMessage message = read(MessageType.valueOf(name), sample(name));
    DeliveryMessage.Line first = message.lines().getFirst();
    DeliveryMessage.Line twin =
        switch (first) {
          case StartLine s ->
              new StartLine(s.number(), s.product(), LocalDate.of(2026, 4, 2), s.begin(), status);
          case StopLine s ->
              new StopLine(
                  s.number(),
                  s.product(),
                  LocalDate.of(2026, 4, 2),
                  s.begin(),
                  s.reason(),
                  s.end(),
                  status);
        };
    byte[] xml =
        DeliveryMessages.write(
            new DeliveryMessage(
                message.type(),
                message.header(),
                message.versions(),
                message.client(),
                List.of(first, twin)));

    assertThat(DeliveryMessageRules.check(message.type(), xml))
        .extracting(RuleFinding::rule, RuleFinding::xpath)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "TR101",
                "/Bericht/Client/"
                    + (message.type() == MessageType.JW305
                        ? "StartProducten/StartProduct[2]"
                        : "StopProducten/StopProduct[2]")));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"CS058, JW305", "TR018, JW307"})
  void eachRuleHasAFixturePairThatFailsAndPassesOnlyOnIt(String rule, String name)
      throws Exception {
    Path dir = Path.of("src/test/resources/ijw/rules", rule);
    byte[] fail = Files.readAllBytes(dir.resolve("fail.xml"));
    byte[] pass = Files.readAllBytes(dir.resolve("pass.xml"));
    MessageType type = MessageType.valueOf(name);
    assertThat(XSD.check(fail).type()).isEqualTo(type);
    assertThat(XSD.check(fail).valid()).isTrue();
    assertThat(XSD.check(pass).valid()).isTrue();

    assertThat(DeliveryMessageRules.check(type, fail))
        .extracting(RuleFinding::rule)
        .containsOnly(rule);
    assertThat(DeliveryMessageRules.check(type, pass)).isEmpty();
  }

  @Test
  void aStartBeforeTheJeugdwetOrAStopYearsAheadIsRefusedNamingTheElement() throws Exception {
    String start = new String(sample("JW305"), java.nio.charset.StandardCharsets.UTF_8);
    byte[] early =
        start
            .replaceFirst("<jw305:Begindatum>2026-04-03", "<jw305:Begindatum>2014-12-31")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> read(MessageType.JW305, early))
        .isInstanceOfSatisfying(
            nl.jeugdregie.policy.InvalidRequestException.class,
            e -> assertThat(e.field()).isEqualTo("StartProduct[0].Begindatum"));
    String stop = new String(sample("JW307"), java.nio.charset.StandardCharsets.UTF_8);
    byte[] ahead =
        stop.replaceFirst("<jw307:Einddatum>[^<]*", "<jw307:Einddatum>9999-12-31")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> read(MessageType.JW307, ahead))
        .isInstanceOfSatisfying(
            nl.jeugdregie.policy.InvalidRequestException.class,
            e -> assertThat(e.field()).isEqualTo("StopProduct[0].Einddatum"));
  }
}
