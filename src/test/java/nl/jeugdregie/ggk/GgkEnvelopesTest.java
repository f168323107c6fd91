package nl.jeugdregie.ggk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import nl.jeugdregie.ggk.GgkEnvelopes.Berichtcode;
import nl.jeugdregie.ggk.GgkEnvelopes.Envelop;
import nl.jeugdregie.ggk.GgkEnvelopes.Fout;
import nl.jeugdregie.ggk.GgkEnvelopes.Inhoud;
import nl.jeugdregie.ggk.GgkEnvelopes.Stuurgegevens;
import nl.jeugdregie.ggk.GgkEnvelopes.Systeem;
import nl.jeugdregie.ggk.GgkEnvelopes.Uitgaand;
import nl.jeugdregie.ijw.MessageType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * StUF-GGk envelopes (ijw.md §7.2): VNG's examples are read, what we build is valid against the GGk
 * XSD and reads back the same, and what is not an acceptable envelope is refused with where.
 */
class GgkEnvelopesTest {

  private static final Path EXAMPLES = Path.of("src/test/resources/ggk/voorbeeldberichten");
  private static final Instant NOW = Instant.parse("2026-11-30T12:34:56Z");
  private static final Systeem GEMEENTE = Systeem.of("0363", "jeugdregie");
  private static final Systeem AANBIEDER = Systeem.of("65656055", "GGk");

  private static byte[] example(String name) throws Exception {
    return Files.readAllBytes(EXAMPLES.resolve(name));
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @ValueSource(strings = {"envelopHeenbericht-ggk_Di01_v21.xml", "ggk_Di01.xml"})
  void readsVngsExampleHeenbericht(String name) throws Exception {
    Envelop envelop = GgkEnvelopes.unwrap(example(name));

    Stuurgegevens s = envelop.stuurgegevens();
    assertThat(s.berichtcode()).isEqualTo(Berichtcode.DI01);
    assertThat(s.zender()).isEqualTo(new Systeem("0548", "Wmo Applicatie", "test", "gebruiker1"));
    assertThat(s.ontvanger()).isEqualTo(new Systeem("CAK", "GGk", "test", "gebruiker1"));
    assertThat(s.referentienummer()).isEqualTo("9c0f7b90-5c69-11e5-a837-0800200c9a66");
    assertThat(s.tijdstipBericht()).isEqualTo("20160421132514");
    assertThat(s.crossRefnummer()).isNull();
    assertThat(s.functie()).isEqualTo("WMO301");
    assertThat(envelop.referentienummerBericht()).isEqualTo("123456789012");
    assertThat(envelop.crossRefnummerBericht()).isNull();
    assertThat(envelop.bestandsnaam()).isEqualTo("WMO301.txt");
    assertThat(envelop.contentType()).isEqualTo("application/xml");
    assertThat(text(envelop.payload())).isEqualTo("Hier staat het heenbericht");
  }

  @Test
  void readsVngsExampleRetourbericht() throws Exception {
    Envelop envelop = GgkEnvelopes.unwrap(example("ggk_Du01.xml"));

    Stuurgegevens s = envelop.stuurgegevens();
    assertThat(s.berichtcode()).isEqualTo(Berichtcode.DU01);
    assertThat(s.zender().organisatie()).isEqualTo("01023456");
    assertThat(s.ontvanger().organisatie()).isEqualTo("0484");
    assertThat(s.referentienummer()).isEqualTo("b6e9f182-bc44-4f27-9863-9a5ccc1e1cf0");
    assertThat(s.crossRefnummer()).isEqualTo("9c0f7b90-5c69-11e5-a837-0800200c9a66");
    assertThat(s.functie()).isEqualTo("WMO302");
    assertThat(envelop.referentienummerBericht()).isEqualTo("234567890123");
    assertThat(envelop.crossRefnummerBericht()).isEqualTo("123456789012");
    assertThat(text(envelop.payload())).isEqualTo("Hier staat het retourbericht");
  }

  /**
   * VNG's voorbeeldberichten/envelopRetourbericht-ggk_Du01-v21.xml has two stray apostrophes in its
   * root tag: it is not XML. It is refused with where; without them it reads as ggk_Du01.xml.
   */
  @Test
  void vngsOtherExampleRetourberichtIsNotXmlUntilItsStrayApostrophesGo() throws Exception {
    byte[] broken = example("envelopRetourbericht-ggk_Du01-v21.xml");

    assertThatThrownBy(() -> GgkEnvelopes.unwrap(broken))
        .isInstanceOf(EnvelopeRefusedException.class)
        .hasMessageContaining("line 2")
        .hasMessageContaining("not well-formed XML");

    byte[] mended = text(broken).replace(" '", "").getBytes(StandardCharsets.UTF_8);
    Envelop envelop = GgkEnvelopes.unwrap(mended);
    assertThat(envelop.stuurgegevens().crossRefnummer())
        .isEqualTo("9c0f7b90-5c69-11e5-a837-0800200c9a66");
    assertThat(text(envelop.payload())).isEqualTo("Hier staat het retourbericht");
  }

  @Test
  void aDi01WeBuildIsValidCarriesAUuidV4AndReadsBackTheSame() {
    byte[] jw325 = "<jw325:Bericht/>".getBytes(StandardCharsets.UTF_8);

    Uitgaand di01 =
        GgkEnvelopes.di01(
            GEMEENTE, AANBIEDER, new Inhoud(MessageType.JW325, "A1B2C3", null, jw325), NOW);

    assertThat(di01.referentienummer()).matches(GgkEnvelopes.UUID_V4);
    assertThat(text(di01.soap()))
        .contains("<soap:Envelope", "<GGK:envelopHeenbericht-ggk_Di01")
        .contains("StUF:bestandsnaam=\"JW325_A1B2C3.xml\"");
    Envelop read = GgkEnvelopes.unwrap(di01.soap());
    Stuurgegevens s = read.stuurgegevens();
    assertThat(s.berichtcode()).isEqualTo(Berichtcode.DI01);
    assertThat(s.zender()).isEqualTo(GEMEENTE);
    assertThat(s.ontvanger()).isEqualTo(AANBIEDER);
    assertThat(s.referentienummer()).isEqualTo(di01.referentienummer());
    // 12:34:56 UTC is 13:34:56 in Amsterdam in November
    assertThat(s.tijdstipBericht()).isEqualTo("20261130133456");
    assertThat(s.functie()).isEqualTo("JW325");
    assertThat(read.referentienummerBericht()).isEqualTo("A1B2C3");
    assertThat(read.payload()).isEqualTo(jw325);
  }

  @Test
  void aDu01WeBuildNamesTheEnvelopeAndMessageItAnswers() {
    byte[] jw316 = "<jw316:Bericht>BSN 999900006</jw316:Bericht>".getBytes(StandardCharsets.UTF_8);

    Uitgaand du01 =
        GgkEnvelopes.du01(
            GEMEENTE,
            AANBIEDER,
            "9c0f7b90-5c69-11e5-a837-0800200c9a66",
            new Inhoud(MessageType.JW316, "RETOUR1", "VOT1", jw316),
            NOW);

    assertThat(du01.referentienummer()).matches(GgkEnvelopes.UUID_V4);
    Envelop read = GgkEnvelopes.unwrap(du01.soap());
    assertThat(read.stuurgegevens().berichtcode()).isEqualTo(Berichtcode.DU01);
    assertThat(read.stuurgegevens().crossRefnummer())
        .isEqualTo("9c0f7b90-5c69-11e5-a837-0800200c9a66");
    assertThat(read.stuurgegevens().functie()).isEqualTo("JW316");
    assertThat(read.referentienummerBericht()).isEqualTo("RETOUR1");
    assertThat(read.crossRefnummerBericht()).isEqualTo("VOT1");
    assertThat(read.payload()).isEqualTo(jw316);
    // the payload travels base64 only
    assertThat(text(du01.soap())).doesNotContain("999900006");
  }

  @Test
  void everyEnvelopeGetsAFreshReferentienummer() {
    Inhoud inhoud = new Inhoud(MessageType.JW325, "A1", null, new byte[] {'x'});
    assertThat(GgkEnvelopes.di01(GEMEENTE, AANBIEDER, inhoud, NOW).referentienummer())
        .isNotEqualTo(GgkEnvelopes.di01(GEMEENTE, AANBIEDER, inhoud, NOW).referentienummer());
  }

  @Test
  void bv03AndFo03AreValidAndReadAsTheGgksAnswer() {
    byte[] bv03 = GgkEnvelopes.bv03(GEMEENTE, AANBIEDER, "ref-1", NOW);
    assertThat(text(bv03))
        .contains("<StUF:Bv03Bericht", "<StUF:crossRefnummer>ref-1</StUF:crossRefnummer>");
    assertThat(GgkEnvelopes.antwoord(bv03).bevestigd()).isTrue();

    byte[] fo03 =
        GgkEnvelopes.fo03(
            GEMEENTE, AANBIEDER, "ref-2", Fout.of(StufFoutcode.STUF055, "line 3: wrong"), NOW);
    assertThat(text(fo03))
        .contains("<soap:Fault>", "<faultcode>soap:Client</faultcode>", "<StUF:Fo03Bericht")
        .contains("<StUF:crossRefnummer>ref-2</StUF:crossRefnummer>");
    Fout fout = java.util.Objects.requireNonNull(GgkEnvelopes.antwoord(fo03).fout());
    assertThat(fout.code()).isEqualTo("StUF055");
    assertThat(fout.plek()).isEqualTo("client");
    assertThat(fout.details()).isEqualTo("line 3: wrong");
  }

  @Test
  void aServerFo03IsASoapServerFault() {
    byte[] fo03 =
        GgkEnvelopes.fo03(
            GEMEENTE, AANBIEDER, "ref-3", Fout.of(StufFoutcode.STUF058, "try again"), NOW);
    assertThat(text(fo03)).contains("<faultcode>soap:Server</faultcode>");
    assertThat(GgkEnvelopes.antwoord(fo03).fout()).extracting(Fout::plek).isEqualTo("server");
  }

  @Test
  void readsAFo01OfTheGgk() {
    GgkEnvelopes.Ontvangen read =
        GgkEnvelopes.read(fo01("ref-4", "IB010").getBytes(StandardCharsets.UTF_8));

    assertThat(read).isInstanceOf(GgkEnvelopes.Foutmelding.class);
    GgkEnvelopes.Foutmelding melding = (GgkEnvelopes.Foutmelding) read;
    assertThat(melding.stuurgegevens().berichtcode()).isEqualTo(Berichtcode.FO01);
    assertThat(melding.stuurgegevens().crossRefnummer()).isEqualTo("ref-4");
    assertThat(melding.fout().code()).isEqualTo("IB010");
  }

  // ---- refused ----

  @Test
  void aDoctypeIsRefusedSoNoExternalEntityIsRead() {
    String xxe =
        """
        <?xml version="1.0"?>
        <!DOCTYPE soap:Envelope [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
        <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">
          <soap:Body>&xxe;</soap:Body>
        </soap:Envelope>
        """;
    assertThatThrownBy(() -> GgkEnvelopes.read(xxe.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(EnvelopeRefusedException.class)
        .hasMessageContaining("line 2")
        .hasMessageContaining("a DOCTYPE is not allowed");
  }

  @Test
  void theBillionLaughsAreRefusedBeforeAnyEntityIsExpanded() {
    String laughs =
        """
        <?xml version="1.0"?>
        <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;">]>
        <lolz>&lol2;</lolz>
        """;
    assertThatThrownBy(() -> GgkEnvelopes.read(laughs.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(EnvelopeRefusedException.class)
        .hasMessageContaining("DOCTYPE");
  }

  @Test
  void somethingElseThanAnEnvelopeIsRefusedNamingWhatItIs() {
    assertThatThrownBy(() -> GgkEnvelopes.read("<order>3</order>".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(EnvelopeRefusedException.class)
        .hasMessageContaining("{}order is neither a SOAP 1.1 Envelope nor a StUF-GGk envelope");
    String soap =
        """
        <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">
          <soap:Body><x:order xmlns:x="urn:shop"/></soap:Body>
        </soap:Envelope>
        """;
    assertThatThrownBy(() -> GgkEnvelopes.read(soap.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(EnvelopeRefusedException.class)
        .hasMessageContaining("the SOAP Body holds {urn:shop}order, not a StUF-GGk envelope");
    assertThatThrownBy(() -> GgkEnvelopes.read("not xml".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(EnvelopeRefusedException.class)
        .hasMessageContaining("not well-formed XML");
  }

  @Test
  void aMessageOverTheLimitIsRefusedUnread() {
    byte[] huge = new byte[GgkEnvelopes.MAX_BYTES + 1];
    Arrays.fill(huge, (byte) '<');
    assertThatThrownBy(() -> GgkEnvelopes.read(huge))
        .isInstanceOf(EnvelopeRefusedException.class)
        .hasMessageContaining("over the limit of " + GgkEnvelopes.MAX_BYTES);
  }

  @Test
  void anEnvelopeAgainstTheXsdIsRefusedWithLineAndWhoSentIt() throws Exception {
    String invalid =
        text(example("ggk_Di01.xml"))
            .replace("<StUF:functie>WMO301</StUF:functie>", "")
            .replace("20160421132514", "2016-04-21 999900006");

    assertThatThrownBy(() -> GgkEnvelopes.read(invalid.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(EnvelopeRefusedException.class)
        .hasMessageContaining("the Di01 is not valid against the StUF-GGk XSD: line 22")
        .hasMessageNotContaining("999900006")
        .satisfies(
            e -> {
              EnvelopeRefusedException refused = (EnvelopeRefusedException) e;
              assertThat(refused.findings()).hasSizeGreaterThanOrEqualTo(2);
              assertThat(refused.herkomst().zender())
                  .extracting(Systeem::organisatie)
                  .isEqualTo("0548");
              assertThat(refused.herkomst().referentienummer())
                  .isEqualTo("9c0f7b90-5c69-11e5-a837-0800200c9a66");
            });
  }

  @Test
  void aPayloadThatIsNotBase64IsRefused() throws Exception {
    String invalid =
        text(example("ggk_Di01.xml"))
            .replace("SGllciBzdGFhdCBoZXQgaGVlbmJlcmljaHQ=", "not base64 at all!");
    assertThatThrownBy(() -> GgkEnvelopes.read(invalid.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(EnvelopeRefusedException.class)
        .hasMessageContaining("base64Binary");
  }

  /** A Fo01 of the GGk on our envelope {@code crossRef}, in a SOAP message. */
  static String fo01(String crossRef, String code) {
    return """
        <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"
                       xmlns:StUF="http://www.egem.nl/StUF/StUF0301">
          <soap:Body>
            <StUF:Fo01Bericht>
              <StUF:stuurgegevens>
                <StUF:berichtcode>Fo01</StUF:berichtcode>
                <StUF:zender><StUF:organisatie>BIDN</StUF:organisatie>
                  <StUF:applicatie>GGk</StUF:applicatie></StUF:zender>
                <StUF:ontvanger><StUF:organisatie>0363</StUF:organisatie>
                  <StUF:applicatie>jeugdregie</StUF:applicatie></StUF:ontvanger>
                <StUF:referentienummer>%s</StUF:referentienummer>
                <StUF:tijdstipBericht>20261130120000</StUF:tijdstipBericht>
                <StUF:crossRefnummer>%s</StUF:crossRefnummer>
              </StUF:stuurgegevens>
              <StUF:body>
                <StUF:code>%s</StUF:code>
                <StUF:plek>server</StUF:plek>
                <StUF:omschrijving>Geadresseerde partij niet aangesloten bij VECOZO</StUF:omschrijving>
              </StUF:body>
            </StUF:Fo01Bericht>
          </soap:Body>
        </soap:Envelope>
        """
        .formatted(java.util.UUID.randomUUID(), crossRef, code);
  }
}
