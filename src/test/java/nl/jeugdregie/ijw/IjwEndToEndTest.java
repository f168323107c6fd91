package nl.jeugdregie.ijw;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.jeugdregie.Jeugdregie;
import nl.jeugdregie.TestData;
import nl.jeugdregie.allocation.Requests;
import nl.jeugdregie.allocation.Views.RequestOutcome;
import nl.jeugdregie.catalog.Contract;
import nl.jeugdregie.catalog.Providers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole iJw conversation of one client over HTTP, as a provider and the municipality have it
 * (ijw.md §2): JW315 → JW316; the request goes to investigation → JW319 "in onderzoek"; the access
 * team approves → JW301 honouring the request, answered by a JW302; JW305 → JW306; a JW323 with one
 * prestatie outside the allocation → JW325 listing exactly that prestatie with 9307; JW307 → JW308.
 * The provider's messages come in through the exchange (the admin account, as the GGk edge does).
 */
@SpringBootTest(
    classes = Jeugdregie.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IjwEndToEndTest {

  /** The demo accounts' password (docs/security.md). */
  private static final String PASSWORD = "demo";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Value("${local.server.port}")
  int port;

  @Autowired Providers providers;
  @Autowired Requests requests;

  private final HttpClient http = HttpClient.newHttpClient();
  private final String agb = TestData.agb();
  private final String bsn = TestData.bsn();
  private final String reference = "E2E-" + ThreadLocalRandom.current().nextInt(1_000_000);
  private final LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"));

  @Test
  void aClientsWholeConversation() throws Exception {
    providers.register(agb, "Zorgaanbieder " + agb);
    providers.contract(new Contract(agb, "twente", "45", null, LocalDate.of(2020, 1, 1), null));

    // JW315: 7000 minutes of individual treatment, no prior contact: R-TWE-2 investigates
    HttpResponse<String> jw316 = postXml(vot());
    assertThat(jw316.statusCode()).as(jw316.body()).isEqualTo(200);
    assertThat(jw316.body()).contains("jw316:Bericht", "<jw316:BerichtCode>447<");
    assertThat(jw316.body())
        .as("accepted: the header only")
        .doesNotContain("RetourCode", "Client>");

    RequestOutcome request = requests.outcome(agb, reference).orElseThrow();
    assertThat(request.state().name()).isEqualTo("IN_INVESTIGATION");
    JsonNode answer = awaitOutbox("JW319");
    String jw319 = fetch(answer.path("id").asString());
    assertThat(jw319).contains("<jw319:VerzoekAntwoord>2<", reference);

    // the BRP address (the JW301 needs it, TR061), then the access team approves
    String pseudonym = answer.path("clientPseudonym").asString();
    HttpResponse<String> address =
        send(
            "toegang-twente",
            "PUT",
            "/api/v1/clients/" + pseudonym + "/address",
            "{\"street\": \"Oude Markt\", \"houseNumber\": 12, \"postcode\": \"7511 GB\","
                + " \"city\": \"Enschede\", \"gender\": \"2\"}",
            "application/json");
    assertThat(address.statusCode()).as(address.body()).isEqualTo(204);
    HttpResponse<String> decided =
        send(
            "toegang-twente",
            "POST",
            "/api/v1/requests/" + request.id() + "/decision",
            "{\"outcome\": \"APPROVE\", \"note\": \"overleg gehad\"}",
            "application/json");
    assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);

    // JW301 honouring the request (its ReferentieAanbieder), fetched and answered by a JW302
    JsonNode allocation = awaitOutbox("JW301");
    byte[] jw301 = fetch(allocation.path("id").asString()).getBytes(StandardCharsets.UTF_8);
    String jw301Text = new String(jw301, StandardCharsets.UTF_8);
    assertThat(jw301Text).contains("<jw301:ReferentieAanbieder>" + reference + "<");
    assertThat(new XsdCheck().check(jw301).valid()).isTrue();
    int number = Integer.parseInt(first(jw301Text, "<jw301:ToewijzingNummer>(\\d+)<"));
    byte[] jw302 = Retours.accepted(MessageType.JW301, jw301, "R" + number, today);
    assertThat(postXml(new String(jw302, StandardCharsets.UTF_8)).statusCode()).isEqualTo(204);
    assertThat(outboxEntry(allocation.path("id").asString()).path("state").asString())
        .isEqualTo("ANSWERED");

    // JW305 → JW306 accepted
    HttpResponse<String> jw306 = postXml(start(number));
    assertThat(jw306.statusCode()).as(jw306.body()).isEqualTo(200);
    assertThat(jw306.body()).contains("jw306:Bericht").doesNotContain("RetourCode");

    // JW323 for October with a September prestatie, before the allocation: only it is rejected
    HttpResponse<String> jw325 = postXml(declaration(number));
    assertThat(jw325.statusCode()).as(jw325.body()).isEqualTo(200);
    String body = jw325.body();
    assertThat(body).contains("jw325:Bericht");
    List<String> rejected = all(body, "<ijw:ReferentieNummer>([^<]+)<");
    assertThat(rejected).as(body).containsExactly("SEP-" + number);
    assertThat(all(body, "<jw325:RetourCode>([^<]+)<")).contains("9307");
    assertThat(body).doesNotContain("OKT-" + number);

    // JW307 → JW308 accepted
    HttpResponse<String> jw308 = postXml(stop(number));
    assertThat(jw308.statusCode()).as(jw308.body()).isEqualTo(200);
    assertThat(jw308.body()).contains("jw308:Bericht").doesNotContain("RetourCode");
  }

  // ---- HTTP ----

  private HttpResponse<String> postXml(String xml) throws Exception {
    return send("admin", "POST", "/api/v1/ijw/messages", xml, "application/xml");
  }

  private HttpResponse<String> send(
      String user, String method, String path, String body, String type) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Authorization", basic(user))
            .method(method, HttpRequest.BodyPublishers.ofString(body));
    if (!body.isEmpty()) request.header("Content-Type", type);
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String basic(String user) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
  }

  private JsonNode outbox() throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(
                        "http://localhost:"
                            + port
                            + "/api/v1/ijw/outbox?provider="
                            + agb
                            + "&size=10000"))
                .header("Authorization", basic("admin"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body()).path("items");
  }

  /** The outbox entry of {@code type} to our provider; composed after commit, so waited for. */
  private JsonNode awaitOutbox(String type) throws Exception {
    for (int i = 0; i < 100; i++) {
      for (JsonNode entry : outbox()) {
        if (entry.path("type").asString().equals(type)
            && entry.path("receiver").asString().equals(agb)
            && !entry.path("state").asString().equals("HELD")) {
          return entry;
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no " + type + " for " + agb + " in the outbox: " + outbox());
  }

  private JsonNode outboxEntry(String id) throws Exception {
    for (JsonNode entry : outbox()) {
      if (entry.path("id").asString().equals(id)) return entry;
    }
    throw new AssertionError("outbox entry " + id + " is gone");
  }

  private String fetch(String id) throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/api/v1/ijw/outbox/" + id))
                .header("Authorization", basic("admin"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response.body();
  }

  private static String first(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    assertThat(m.find()).as(regex).isTrue();
    return m.group(1);
  }

  private static List<String> all(String text, String regex) {
    return Pattern.compile(regex).matcher(text).results().map(r -> r.group(1)).toList();
  }

  // ---- the provider's messages ----

  private String header(String type, String code) {
    return """
          <%1$s:Header>
            <%1$s:BerichtCode>%2$s</%1$s:BerichtCode>
            <%1$s:BerichtVersie>3</%1$s:BerichtVersie>
            <%1$s:BerichtSubversie>2</%1$s:BerichtSubversie>
            <%1$s:Afzender>%3$s</%1$s:Afzender>
            <%1$s:Ontvanger>0153</%1$s:Ontvanger>
            <%1$s:BerichtIdentificatie>
              <ijw:Identificatie>%4$s</ijw:Identificatie>
              <ijw:Dagtekening>%5$s</ijw:Dagtekening>
            </%1$s:BerichtIdentificatie>
            <%1$s:XsdVersie>
              <ijw:BasisschemaXsdVersie>1.0.0</ijw:BasisschemaXsdVersie>
              <ijw:BerichtXsdVersie>1.0.0</ijw:BerichtXsdVersie>
            </%1$s:XsdVersie>
          </%1$s:Header>
        """
        .formatted(
            type,
            code,
            agb,
            type.toUpperCase(java.util.Locale.ROOT) + "-" + reference.substring(4),
            today);
  }

  private static String open(String type) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<"
        + type
        + ":Bericht xmlns:ijw=\"http://www.istandaarden.nl/ijw/3_2/basisschema/schema\" xmlns:"
        + type
        + "=\"http://www.istandaarden.nl/ijw/3_2/"
        + type
        + "/schema\">\n";
  }

  private String vot() {
    return open("jw315")
        + header("jw315", "446")
        + """
          <jw315:Client>
            <jw315:Bsn>%s</jw315:Bsn>
            <jw315:Geboortedatum><ijw:Datum>2014-05-01</ijw:Datum></jw315:Geboortedatum>
            <jw315:Geslacht>2</jw315:Geslacht>
            <jw315:Naam>
              <ijw:Geslachtsnaam><ijw:Achternaam>Wit</ijw:Achternaam></ijw:Geslachtsnaam>
              <ijw:Voorletters>A</ijw:Voorletters>
            </jw315:Naam>
            <jw315:AangevraagdeProducten>
              <jw315:AangevraagdProduct>
                <jw315:ReferentieAanbieder>%s</jw315:ReferentieAanbieder>
                <jw315:Product><ijw:Categorie>45</ijw:Categorie><ijw:Code>45B01</ijw:Code></jw315:Product>
                <jw315:ToewijzingIngangsdatum>2026-10-01</jw315:ToewijzingIngangsdatum>
                <jw315:ToewijzingEinddatum>2027-06-30</jw315:ToewijzingEinddatum>
                <jw315:Omvang>
                  <ijw:Volume>7000</ijw:Volume><ijw:Eenheid>01</ijw:Eenheid><ijw:Frequentie>6</ijw:Frequentie>
                </jw315:Omvang>
                <jw315:Verwijzer><ijw:Type>01</ijw:Type><ijw:Naam>Wijkteam Enschede</ijw:Naam></jw315:Verwijzer>
              </jw315:AangevraagdProduct>
            </jw315:AangevraagdeProducten>
          </jw315:Client>
        </jw315:Bericht>
        """
            .formatted(bsn, reference);
  }

  private String start(int number) {
    return open("jw305")
        + header("jw305", "438")
        + """
          <jw305:Client>
            <jw305:Bsn>%s</jw305:Bsn>
            <jw305:Geboortedatum><ijw:Datum>2014-05-01</ijw:Datum></jw305:Geboortedatum>
            <jw305:Geslacht>2</jw305:Geslacht>
            <jw305:Naam><ijw:Geslachtsnaam><ijw:Achternaam>Wit</ijw:Achternaam></ijw:Geslachtsnaam></jw305:Naam>
            <jw305:StartProducten>
              <jw305:StartProduct>
                <jw305:ToewijzingNummer>%d</jw305:ToewijzingNummer>
                <jw305:Product><ijw:Categorie>45</ijw:Categorie><ijw:Code>45B01</ijw:Code></jw305:Product>
                <jw305:ToewijzingIngangsdatum>2026-10-01</jw305:ToewijzingIngangsdatum>
                <jw305:Begindatum>2026-10-05</jw305:Begindatum>
                <jw305:StatusAanlevering>1</jw305:StatusAanlevering>
              </jw305:StartProduct>
            </jw305:StartProducten>
          </jw305:Client>
        </jw305:Bericht>
        """
            .formatted(bsn, number);
  }

  private String stop(int number) {
    return open("jw307")
        + header("jw307", "440")
        + """
          <jw307:Client>
            <jw307:Bsn>%s</jw307:Bsn>
            <jw307:Geboortedatum><ijw:Datum>2014-05-01</ijw:Datum></jw307:Geboortedatum>
            <jw307:Geslacht>2</jw307:Geslacht>
            <jw307:Naam><ijw:Geslachtsnaam><ijw:Achternaam>Wit</ijw:Achternaam></ijw:Geslachtsnaam></jw307:Naam>
            <jw307:StopProducten>
              <jw307:StopProduct>
                <jw307:ToewijzingNummer>%d</jw307:ToewijzingNummer>
                <jw307:Product><ijw:Categorie>45</ijw:Categorie><ijw:Code>45B01</ijw:Code></jw307:Product>
                <jw307:ToewijzingIngangsdatum>2026-10-01</jw307:ToewijzingIngangsdatum>
                <jw307:Begindatum>2026-10-05</jw307:Begindatum>
                <jw307:RedenBeeindiging>31</jw307:RedenBeeindiging>
                <jw307:Einddatum>2026-11-20</jw307:Einddatum>
                <jw307:StatusAanlevering>1</jw307:StatusAanlevering>
              </jw307:StopProduct>
            </jw307:StopProducten>
          </jw307:Client>
        </jw307:Bericht>
        """
            .formatted(bsn, number);
  }

  /** October 2026: 600 minutes in October (approved) and 300 in September (before the start). */
  private String declaration(int number) {
    return open("jw323")
        + header("jw323", "490")
        + """
          <jw323:Declaratie>
            <jw323:DeclaratieNummer>D%s</jw323:DeclaratieNummer>
            <jw323:DeclaratiePeriode>
              <ijw:Begindatum>2026-10-01</ijw:Begindatum>
              <ijw:Einddatum>2026-10-31</ijw:Einddatum>
            </jw323:DeclaratiePeriode>
            <jw323:DeclaratieDagtekening>%s</jw323:DeclaratieDagtekening>
            <jw323:TotaalIngediendBedrag>
              <ijw:TotaalBedrag>190800</ijw:TotaalBedrag>
              <ijw:DebetCredit>D</ijw:DebetCredit>
            </jw323:TotaalIngediendBedrag>
            <jw323:Clienten>
              <jw323:Client>
                <jw323:Bsn>%s</jw323:Bsn>
                <jw323:Prestaties>
                  %s
                  %s
                </jw323:Prestaties>
              </jw323:Client>
            </jw323:Clienten>
          </jw323:Declaratie>
        </jw323:Bericht>
        """
            .formatted(
                reference.substring(4),
                today,
                bsn,
                prestatie("OKT-" + number, number, "2026-10-01", "2026-10-31", 600, 127200),
                prestatie("SEP-" + number, number, "2026-09-01", "2026-09-30", 300, 63600));
  }

  private static String prestatie(
      String reference, int number, String from, String to, int minutes, long cents) {
    return """
        <jw323:Prestatie>
          <jw323:ProductReferentie><ijw:ReferentieNummer>%s</ijw:ReferentieNummer></jw323:ProductReferentie>
          <jw323:ToewijzingNummer>%d</jw323:ToewijzingNummer>
          <jw323:ProductCategorie>45</jw323:ProductCategorie>
          <jw323:ProductCode>45B01</jw323:ProductCode>
          <jw323:ProductPeriode><ijw:Begindatum>%s</ijw:Begindatum><ijw:Einddatum>%s</ijw:Einddatum></jw323:ProductPeriode>
          <jw323:GeleverdVolume>%d</jw323:GeleverdVolume>
          <jw323:Eenheid>01</jw323:Eenheid>
          <jw323:ProductTarief>212</jw323:ProductTarief>
          <jw323:IngediendBedrag><ijw:Bedrag>%d</ijw:Bedrag><ijw:DebetCredit>D</ijw:DebetCredit></jw323:IngediendBedrag>
        </jw323:Prestatie>
        """
        .formatted(reference, number, from, to, minutes, cents);
  }
}
