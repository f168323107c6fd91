package nl.jeugdregie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import nl.jeugdregie.Jeugdregie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code POST /api/v1/ijw/messages} at control level 1 and its gate: a message that fails its XSD,
 * a hostile, foreign, truncated or oversized document each get 400 with where and why, and nothing
 * is stored; a message the municipality sends itself, or one under another provider's AGB code, is
 * refused before anything is stored.
 */
@SpringBootTest(
    classes = Jeugdregie.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IjwMessagesHttpTest {

  @Value("${local.server.port}")
  int port;

  @Autowired JdbcClient db;

  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<String> post(String user, byte[] body) throws Exception {
    String credentials = user + ":" + DemoAccounts.PASSWORD;
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/ijw/messages"))
            .header("Content-Type", "application/xml")
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private long messages() {
    return db.sql("select count(*) from ijw.message").query(Long.class).single();
  }

  private static byte[] sample(String type) throws Exception {
    return Files.readAllBytes(Path.of("src/test/resources/ijw/samples/" + type + ".xml"));
  }

  private void refusedWith400(byte[] body, String... detail) throws Exception {
    long before = messages();
    HttpResponse<String> response = post("admin", body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(response.body()).contains("\"findings\"").contains(detail);
    assertThat(messages()).as("nothing stored").isEqualTo(before);
  }

  @Test
  void aMessageThatFailsItsXsdGetsEveryFindingWithItsLineAndNothingIsStored() throws Exception {
    // the shared JW315 sample is invalid on purpose
    refusedWith400(sample("JW315"), "JW315", "\"line\":");
  }

  @Test
  void hostileForeignTruncatedAndOversizedDocumentsAreRefused() throws Exception {
    refusedWith400(
        "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><r>&x;</r>"
            .getBytes(StandardCharsets.UTF_8),
        "DOCTYPE");
    refusedWith400(
        ("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>"
                + "<lolz>&lol2;</lolz>")
            .getBytes(StandardCharsets.UTF_8),
        "DOCTYPE");
    refusedWith400(
        "<b:Bericht xmlns:b=\"http://www.istandaarden.nl/iwmo/3_2/wmo315/schema\"/>"
            .getBytes(StandardCharsets.UTF_8),
        "not an iJw 3.2 Bericht");
    byte[] whole = sample("JW305");
    refusedWith400(java.util.Arrays.copyOf(whole, whole.length / 2), "not well-formed");
    byte[] huge = new byte[26 * 1024 * 1024];
    java.util.Arrays.fill(huge, (byte) ' ');
    refusedWith400(huge, "25 MB");
  }

  @Test
  void aMessageTheMunicipalitySendsItselfIsNotTakenIn() throws Exception {
    long before = messages();
    HttpResponse<String> response = post("admin", sample("JW301"));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
    assertThat(response.body()).contains("sent by a municipality");
    assertThat(messages()).isEqualTo(before);
  }

  @Test
  void aProviderSendsOnlyUnderItsOwnAgbAndTheAccessTeamSendsNothing() throws Exception {
    long before = messages();
    // the sample's Afzender is 65656055, not aanbieder-1's AGB
    assertThat(post("aanbieder-1", sample("JW305")).statusCode()).isEqualTo(403);
    assertThat(post("toegang-twente", sample("JW305")).statusCode()).isEqualTo(403);
    assertThat(messages()).isEqualTo(before);
  }

  @Test
  void aRoleThatMayNotSendGets403BeforeItsBodyIsReadOrParsed() throws Exception {
    long before = messages();
    // a megabyte that is no XML: an allowed sender gets 400 on the XSD, any other role 403 first
    byte[] huge = new byte[1024 * 1024];
    java.util.Arrays.fill(huge, (byte) 'x');
    HttpResponse<String> team = post("toegang-twente", huge);
    // also with an Idempotency-Key, whose filter would otherwise read the body first
    HttpResponse<String> keyed =
        http.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/ijw/messages"))
                .header("Content-Type", "application/xml")
                .header("Idempotency-Key", "k-" + System.nanoTime())
                .header(
                    "Authorization",
                    "Basic "
                        + Base64.getEncoder()
                            .encodeToString(
                                ("toegang-twente:" + DemoAccounts.PASSWORD)
                                    .getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofByteArray(huge))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(keyed.statusCode()).as(keyed.body()).isEqualTo(403);
    assertThat(team.statusCode()).as(team.body()).isEqualTo(403);
    assertThat(team.body()).contains("only providers").doesNotContain("findings");
    assertThat(post("beleid", huge).statusCode()).isEqualTo(403);
    assertThat(post("admin", huge).statusCode()).isEqualTo(400);
    assertThat(messages()).isEqualTo(before);
  }
}
