package nl.jeugdregie.ggk;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import nl.jeugdregie.Jeugdregie;
import nl.jeugdregie.ggk.GgkEnvelopes.Berichtcode;
import nl.jeugdregie.ggk.GgkEnvelopes.Envelop;
import nl.jeugdregie.ggk.GgkEnvelopes.Fout;
import nl.jeugdregie.ggk.GgkEnvelopes.Inhoud;
import nl.jeugdregie.ggk.GgkEnvelopes.Stuurgegevens;
import nl.jeugdregie.ggk.GgkEnvelopes.Systeem;
import nl.jeugdregie.ggk.GgkEnvelopes.Uitgaand;
import nl.jeugdregie.ijw.Inbox;
import nl.jeugdregie.ijw.MessageType;
import nl.jeugdregie.ijw.XsdCheck;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The GGk edge over real HTTP: a Di01 with an iJw message gets a Bv03 and the message's retour goes
 * to a GGk stub (a JDK HTTP server) in a Du01 naming the Di01; what cannot be taken gets a Fo03
 * fault and nothing is stored; an envelope the GGk could not take is sent again later.
 */
@SpringBootTest(
    classes = Jeugdregie.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GgkEdgeTest {

  /** What a provider's envelope says: from its AGB code (via the GGk) to the municipality. */
  private static final Systeem AANBIEDER = Systeem.of("65656055", "Zorgsoftware BV");

  private static final Systeem GEMEENTE = Systeem.of("0363", "jeugdregie");

  /** One call the GGk stub received. */
  record Call(String soapAction, byte[] body) {}

  private static final BlockingQueue<Call> CALLS = new LinkedBlockingQueue<>();

  /** The HTTP status the stub answers with: 200 with a Bv03, else a plain error. */
  private static final AtomicInteger STATUS = new AtomicInteger(200);

  private static final HttpServer GGK = stub();

  @DynamicPropertySource
  static void ggk(DynamicPropertyRegistry registry) {
    registry.add(
        "jeugdregie.ggk.url",
        () -> "http://localhost:" + GGK.getAddress().getPort() + "/ggk/OntvangAsynchroon");
  }

  @AfterAll
  static void stopStub() {
    GGK.stop(0);
  }

  private static HttpServer stub() {
    try {
      HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
      server.createContext(
          "/ggk/OntvangAsynchroon",
          exchange -> {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
              body = in.readAllBytes();
            }
            CALLS.add(
                new Call(
                    Objects.requireNonNullElse(
                        exchange.getRequestHeaders().getFirst("SOAPAction"), ""),
                    body));
            int status = STATUS.get();
            byte[] answer =
                status == 200
                    ? GgkEnvelopes.bv03(
                        Systeem.of("BIDN", "GGk"), GEMEENTE, "ggk-stub", Instant.now())
                    : "Service Unavailable".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
          });
      server.start();
      return server;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Value("${local.server.port}")
  int port;

  @Autowired JdbcClient db;
  @Autowired GgkOutbox outbox;
  @Autowired GgkEnvelopeLog envelopes;
  @Autowired Clock clock;

  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void stubTakesEverything() {
    STATUS.set(200);
    CALLS.clear();
  }

  @Test
  void aDi01GetsBv03AndItsRetourGoesToTheGgkInADu01NamingTheDi01() throws Exception {
    String identification = Inbox.newIdentification();
    Uitgaand di01 = di01(AANBIEDER, jw305(identification));

    HttpResponse<byte[]> response = post(di01.soap(), "admin");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/xml"));
    String bv03 = text(response.body());
    assertThat(bv03)
        .contains("<StUF:Bv03Bericht")
        .contains("<StUF:crossRefnummer>" + di01.referentienummer() + "</StUF:crossRefnummer>");

    Call call = Objects.requireNonNull(CALLS.poll(30, TimeUnit.SECONDS), "no call at the GGk");
    assertThat(call.soapAction())
        .isEqualTo("\"http://www.stufstandaarden.nl/sectormodel/ggk/0210/ggk_Du01\"");
    Envelop du01 = GgkEnvelopes.unwrap(call.body());
    Stuurgegevens s = du01.stuurgegevens();
    assertThat(s.berichtcode()).isEqualTo(Berichtcode.DU01);
    assertThat(s.crossRefnummer()).isEqualTo(di01.referentienummer());
    assertThat(s.referentienummer()).matches(GgkEnvelopes.UUID_V4);
    assertThat(s.zender()).isEqualTo(GEMEENTE);
    assertThat(s.ontvanger()).isEqualTo(AANBIEDER);
    assertThat(s.functie()).isEqualTo("JW306");
    assertThat(du01.crossRefnummerBericht()).isEqualTo(identification);
    XsdCheck.Result retour = new XsdCheck().check(du01.payload());
    assertThat(retour.type()).isEqualTo(MessageType.JW306);
    assertThat(retour.valid()).isTrue();
    assertThat(du01.referentienummerBericht()).isEqualTo(Inbox.identificationOf(du01.payload()));
    assertThat(text(du01.payload())).contains(identification);
    // the payload travels base64: the envelope itself shows no BSN
    assertThat(text(call.body()))
        .contains(Base64.getEncoder().encodeToString(du01.payload()))
        .doesNotContain("999900006");

    assertThat(eventuallyState(s.referentienummer(), "SENT")).isEqualTo("SENT");
    assertThat(count("ijw.message where identification = '" + identification + "'")).isEqualTo(1);
  }

  @Test
  void theSameDi01AgainGetsItsBv03AgainAndNothingMore() throws Exception {
    Uitgaand di01 = di01(AANBIEDER, jw305(Inbox.newIdentification()));
    assertThat(post(di01.soap(), "admin").statusCode()).isEqualTo(200);
    assertThat(CALLS.poll(30, TimeUnit.SECONDS)).isNotNull();

    HttpResponse<byte[]> again = post(di01.soap(), "admin");

    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(text(again.body())).contains("<StUF:Bv03Bericht", di01.referentienummer());
    assertThat(count("ijw.ggk_envelope where cross_refnummer = '" + di01.referentienummer() + "'"))
        .isEqualTo(1);
    assertThat(count("ijw.ggk_envelope where referentienummer = '" + di01.referentienummer() + "'"))
        .isEqualTo(1);
  }

  @Test
  void anotherEnvelopeUnderAUsedReferentienummerIsRefused() throws Exception {
    Uitgaand di01 = di01(AANBIEDER, jw305(Inbox.newIdentification()));
    assertThat(post(di01.soap(), "admin").statusCode()).isEqualTo(200);
    assertThat(CALLS.poll(30, TimeUnit.SECONDS)).isNotNull();
    String other =
        text(di01(AANBIEDER, jw305(Inbox.newIdentification())).soap())
            .replaceAll(
                "<StUF:referentienummer>[^<]+<",
                "<StUF:referentienummer>" + di01.referentienummer() + "<");

    refusedWithNothingStored(bytes(other), "StUF016", "came before with another message");
  }

  @Test
  void aHostileEnvelopeIsRefused() throws Exception {
    String xxe =
        """
        <?xml version="1.0"?>
        <!DOCTYPE soap:Envelope [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
        <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">
          <soap:Body>&xxe;</soap:Body>
        </soap:Envelope>
        """;
    refusedWithNothingStored(bytes(xxe), "StUF055", "a DOCTYPE is not allowed");
  }

  @Test
  void somethingElseThanAnEnvelopeIsRefused() throws Exception {
    refusedWithNothingStored(
        bytes("<order><bsn>999900006</bsn></order>"), "StUF055", "neither a SOAP 1.1 Envelope");
  }

  @Test
  void anEnvelopeOverTheLimitIsRefused() throws Exception {
    byte[] huge = new byte[GgkEdge.MAX_BYTES + 1];
    Arrays.fill(huge, (byte) ' ');
    refusedWithNothingStored(huge, "StUF055", "over the limit");
  }

  @Test
  void anIjwMessageInvalidAgainstItsXsdIsRefusedNamingTheFirstFinding() throws Exception {
    String identification = Inbox.newIdentification();
    byte[] invalid =
        bytes(text(jw305(identification)).replace("<jw305:Geslacht>1</jw305:Geslacht>", ""));

    String fault =
        refusedWithNothingStored(
            di01(AANBIEDER, invalid).soap(),
            "StUF055",
            "the iJw message in GGK:bericht: the JW305 is not valid against its XSD: line ");
    assertThat(fault).contains("Geslacht");
  }

  @Test
  void anEnvelopeFromAnotherOrganisationThanTheMessagesAfzenderIsRefused() throws Exception {
    byte[] jw305 = jw305(Inbox.newIdentification());
    refusedWithNothingStored(
        di01(Systeem.of("12345678", "Andere software"), jw305).soap(),
        "StUF052",
        "the envelope's zender organisatie 12345678 is not the Afzender 65656055 of the JW305");
  }

  /**
   * A retour keeps the header of the message it answers (Afzender the municipality): the Du01's
   * zender is checked against its Ontvanger, the provider.
   */
  @Test
  void aDu01WithAProvidersRetourIsCheckedAgainstTheRetoursOntvanger() throws Exception {
    byte[] jw302 = jw302(Inbox.newIdentification());

    HttpResponse<byte[]> fromTheProvider =
        post(du01(Systeem.of("42420001", "Zorgsoftware BV"), jw302).soap(), "admin");
    // taken (Bv03), or refused for another reason than the zender while JW302 is not received yet
    assertThat(text(fromTheProvider.body())).doesNotContain("StUF052");

    refusedWithNothingStored(
        du01(Systeem.of("12345678", "Andere software"), jw302(Inbox.newIdentification())).soap(),
        "StUF052",
        "the envelope's zender organisatie 12345678 is not the Ontvanger 42420001 of the JW302");
  }

  @Test
  void anEnvelopeTheGgkCouldNotTakeIsSentAgainByTheRetry() throws Exception {
    STATUS.set(503);
    Uitgaand di01 = di01(AANBIEDER, jw305(Inbox.newIdentification()));
    assertThat(post(di01.soap(), "admin").statusCode()).isEqualTo(200);
    assertThat(CALLS.poll(30, TimeUnit.SECONDS)).isNotNull();
    UUID id = answerTo(di01.referentienummer());
    eventually(() -> !fout(id).isEmpty());
    assertThat(state(id)).isEqualTo("WAITING");
    assertThat(fout(id)).contains("HTTP 503");
    assertThat(attempts(id)).isEqualTo(1);

    // not due yet: the retry leaves it alone
    outbox.sendWaiting();
    assertThat(attempts(id)).isEqualTo(1);

    STATUS.set(200);
    db.sql("update ijw.ggk_envelope set next_attempt_at = now() where id = :id")
        .param("id", id)
        .update();
    outbox.sendWaiting();

    assertThat(state(id)).isEqualTo("SENT");
    assertThat(attempts(id)).isEqualTo(2);
    assertThat(fout(id)).isEmpty();
    boolean sentAgain = false;
    for (Call call = CALLS.poll(); call != null; call = CALLS.poll()) {
      sentAgain |=
          di01.referentienummer()
              .equals(GgkEnvelopes.unwrap(call.body()).stuurgegevens().crossRefnummer());
    }
    assertThat(sentAgain).isTrue();
  }

  @Test
  void withoutAGgkUrlAnEnvelopeWaitsAndIsKept() {
    Uitgaand du01 =
        GgkEnvelopes.du01(
            GEMEENTE,
            AANBIEDER,
            UUID.randomUUID().toString(),
            new Inhoud(MessageType.JW306, "R1", "V1", new byte[] {'x'}),
            clock.instant());
    UUID id = waiting(du01);
    try (GgkOutbox unconfigured = new GgkOutbox(envelopes, clock, " ", Duration.ofMinutes(5))) {
      assertThat(unconfigured.send(id)).isFalse();
    }
    assertThat(state(id)).isEqualTo("WAITING");
    assertThat(
            db.sql("select soap from ijw.ggk_envelope where id = :id")
                .param("id", id)
                .query(byte[].class)
                .single())
        .isEqualTo(du01.soap());
  }

  @Test
  void aFo01OfTheGgkMarksOurEnvelopeRefusedAndGetsBv03() throws Exception {
    Uitgaand du01 =
        GgkEnvelopes.du01(
            GEMEENTE,
            AANBIEDER,
            UUID.randomUUID().toString(),
            new Inhoud(MessageType.JW306, "R2", "V2", new byte[] {'x'}),
            clock.instant());
    UUID id = waiting(du01);

    HttpResponse<byte[]> response =
        post(bytes(GgkEnvelopesTest.fo01(du01.referentienummer(), "IB010")), "admin");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(text(response.body())).contains("<StUF:Bv03Bericht");
    assertThat(state(id)).isEqualTo("REFUSED");
    assertThat(
            db.sql("select fout_code from ijw.ggk_envelope where id = :id")
                .param("id", id)
                .query(String.class)
                .single())
        .isEqualTo("IB010");
  }

  @Test
  void aFo01OnAnEnvelopeWeDoNotKnowIsKeptAndTaken() throws Exception {
    String unknown = UUID.randomUUID().toString();
    HttpResponse<byte[]> response = post(bytes(GgkEnvelopesTest.fo01(unknown, "IB210")), "admin");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(
            count(
                "ijw.ggk_envelope where direction = 'IN' and berichtcode = 'Fo01'"
                    + " and cross_refnummer = '"
                    + unknown
                    + "'"))
        .isEqualTo(1);
  }

  @Test
  void aProviderMayNotDeliverEnvelopes() throws Exception {
    HttpResponse<byte[]> response =
        post(di01(AANBIEDER, jw305(Inbox.newIdentification())).soap(), "aanbieder-1");
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(text(response.body())).contains("only the GGk connection");
  }

  @Test
  void servesTheWsdlWithItsOwnAddress() throws Exception {
    HttpResponse<byte[]> response =
        http.send(
            HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/ggk/OntvangAsynchroon?wsdl"))
                .header("Authorization", basic("admin"))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(text(response.body()))
        .contains("<soap:address location=\"http://localhost:" + port + "/ggk/OntvangAsynchroon\"")
        .contains("soapAction=\"http://www.stufstandaarden.nl/sectormodel/ggk/0210/ggk_Di01\"");
  }

  // ---- helpers ----

  /**
   * A refusal: HTTP 500, a SOAP Fault with a Fo03 of {@code code} mentioning {@code text}, and not
   * one row more in the message log or the envelope log. Returns the fault.
   */
  private String refusedWithNothingStored(byte[] soap, String code, String text) throws Exception {
    long messages = count("ijw.message");
    long envelopesBefore = count("ijw.ggk_envelope");

    HttpResponse<byte[]> response = post(soap, "admin");

    String fault = text(response.body());
    assertThat(response.statusCode()).as(fault).isEqualTo(500);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/xml"));
    assertThat(fault).contains("<soap:Fault>", "<StUF:Fo03Bericht", "<StUF:code>" + code + "<");
    assertThat(fault).contains(text).doesNotContain("999900006");
    Fout fout = Objects.requireNonNull(GgkEnvelopes.antwoord(response.body()).fout());
    assertThat(fout.code()).isEqualTo(code);
    assertThat(count("ijw.message")).isEqualTo(messages);
    assertThat(count("ijw.ggk_envelope")).isEqualTo(envelopesBefore);
    assertThat(CALLS.poll(200, TimeUnit.MILLISECONDS)).isNull();
    return fault;
  }

  private Uitgaand di01(Systeem zender, byte[] payload) {
    return GgkEnvelopes.di01(
        zender, GEMEENTE, new Inhoud(MessageType.JW305, null, null, payload), clock.instant());
  }

  private Uitgaand du01(Systeem zender, byte[] payload) {
    return GgkEnvelopes.du01(
        zender,
        Systeem.of("0384", "jeugdregie"),
        UUID.randomUUID().toString(),
        new Inhoud(MessageType.JW302, null, null, payload),
        clock.instant());
  }

  /** The shared JW302 sample (the retour of 0384's JW301 to 42420001), freshly identified. */
  private static byte[] jw302(String identification) throws IOException {
    String sample =
        Files.readString(
            Path.of("src/test/resources/ijw/samples/JW302.xml"), StandardCharsets.UTF_8);
    return bytes(
        sample.replaceFirst(
            "<ijw:Identificatie>[^<]*<", "<ijw:Identificatie>" + identification + "<"));
  }

  /** The shared JW305 sample (from 65656055 to 0363) under a fresh identification. */
  private static byte[] jw305(String identification) throws IOException {
    String sample =
        Files.readString(
            Path.of("src/test/resources/ijw/samples/JW305.xml"), StandardCharsets.UTF_8);
    return bytes(
        sample.replace(
            "<ijw:Identificatie>123456789012</ijw:Identificatie>",
            "<ijw:Identificatie>" + identification + "</ijw:Identificatie>"));
  }

  private UUID waiting(Uitgaand envelope) {
    Stuurgegevens s =
        new Stuurgegevens(
            envelope.berichtcode(),
            GEMEENTE,
            AANBIEDER,
            envelope.referentienummer(),
            GgkEnvelopes.tijdstip(clock.instant()),
            null,
            "JW306");
    return envelopes.insertToSend(
        new GgkEnvelopeLog.NewEnvelope(s, null, null, "hash"), envelope.soap(), clock.instant());
  }

  private HttpResponse<byte[]> post(byte[] soap, String user) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/ggk/OntvangAsynchroon"))
            .header("Content-Type", "text/xml; charset=utf-8")
            .header("SOAPAction", "\"http://www.stufstandaarden.nl/sectormodel/ggk/0210/ggk_Di01\"")
            .header("Authorization", basic(user))
            .POST(HttpRequest.BodyPublishers.ofByteArray(soap))
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String basic(String user) {
    return "Basic "
        + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
  }

  private UUID answerTo(String referentienummer) {
    return db.sql(
            "select id from ijw.ggk_envelope where direction = 'OUT' and cross_refnummer = :ref")
        .param("ref", referentienummer)
        .query((rs, n) -> rs.getObject("id", UUID.class))
        .single();
  }

  private String state(UUID id) {
    return db.sql("select state from ijw.ggk_envelope where id = :id")
        .param("id", id)
        .query(String.class)
        .single();
  }

  /** Why the envelope was not delivered (empty when nothing went wrong). */
  private String fout(UUID id) {
    return db.sql("select coalesce(fout, '') from ijw.ggk_envelope where id = :id")
        .param("id", id)
        .query(String.class)
        .single();
  }

  private int attempts(UUID id) {
    return db.sql("select attempts from ijw.ggk_envelope where id = :id")
        .param("id", id)
        .query(Integer.class)
        .single();
  }

  private String eventuallyState(String referentienummer, String expected) throws Exception {
    UUID id =
        db.sql("select id from ijw.ggk_envelope where referentienummer = :ref")
            .param("ref", referentienummer)
            .query((rs, n) -> rs.getObject("id", UUID.class))
            .single();
    eventually(() -> state(id).equals(expected));
    return state(id);
  }

  private static void eventually(java.util.function.BooleanSupplier condition)
      throws InterruptedException {
    for (int i = 0; i < 100 && !condition.getAsBoolean(); i++) Thread.sleep(100);
  }

  private long count(String from) {
    return db.sql("select count(*) from " + from).query(Long.class).single();
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
