package nl.jeugdregie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import nl.jeugdregie.Jeugdregie;
import nl.jeugdregie.catalog.Contract;
import nl.jeugdregie.catalog.Providers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Idempotency-Key over real HTTP against the real database: the first answer is kept and replayed,
 * a reused key with another request is refused, and keys belong to one user.
 */
@SpringBootTest(
    classes = Jeugdregie.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IdempotencyApiTest {

  private static final String DECIDE = "/api/v1/decisions?policy=twente";

  @Value("${local.server.port}")
  int port;

  private final JdbcClient jdbc;
  private final Providers providers;
  private final HttpClient http = HttpClient.newHttpClient();
  private final String request;

  IdempotencyApiTest(@Autowired JdbcClient jdbc, @Autowired Providers providers) throws Exception {
    this.jdbc = jdbc;
    this.providers = providers;
    this.request = Files.readString(Path.of("examples/twente-vaktherapie-30-sessions.json"));
  }

  private HttpResponse<String> post(String user, String key, String path, String body)
      throws Exception {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Content-Type", "application/json")
            .header("Authorization", SecurityApiTest.basic(user, "demo"))
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (!key.isEmpty()) builder.header("Idempotency-Key", key);
    return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
  }

  private int rows(String key) {
    return jdbc.sql("select count(*) from web.idempotent_request where key = :key")
        .param("key", key)
        .query(Integer.class)
        .single();
  }

  private static String newKey() {
    return UUID.randomUUID().toString();
  }

  @Test
  void replaysTheFirstAnswerForARepeatedKey() throws Exception {
    String key = newKey();
    HttpResponse<String> first = post("toegang-twente", key, DECIDE, request);
    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.body()).contains("\"outcome\" : \"APPROVE\"");
    assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();

    HttpResponse<String> again = post("toegang-twente", key, DECIDE, request);
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.body()).isEqualTo(first.body());
    assertThat(again.headers().firstValue("Content-Type"))
        .isEqualTo(first.headers().firstValue("Content-Type"));
    assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
    assertThat(rows(key)).isEqualTo(1);
    assertThat(
            jdbc.sql(
                    "select status from web.idempotent_request where key = :key and principal ="
                        + " 'toegang-twente'")
                .param("key", key)
                .query(Integer.class)
                .single())
        .isEqualTo(200);
  }

  @Test
  void auditsTheReplayOfAnAnswerWithPersonalDataLikeTheFirstRead() throws Exception {
    String bsn = nl.jeugdregie.TestData.bsn();
    String body =
        Files.readString(Path.of("examples/route/amersfoort-level-1.json"))
            .replace("123456782", bsn)
            .replace("WALK-AMF-0001", "IDEM-" + UUID.randomUUID().toString().substring(0, 8));
    providers.register(DemoAccounts.PROVIDER_1_AGB, "Zorgaanbieder 1");
    providers.contract(
        new Contract(
            DemoAccounts.PROVIDER_1_AGB, "amersfoort", "45", null, LocalDate.of(2020, 1, 1), null));
    String key = newKey();
    HttpResponse<String> first = post("aanbieder-1", key, "/api/v1/requests", body);
    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    assertThat(first.body()).contains(bsn, "Daan Jansen");
    int afterFirst = auditLines(bsn);
    assertThat(afterFirst).as("the first answer is audited").isPositive();

    HttpResponse<String> again = post("aanbieder-1", key, "/api/v1/requests", body);
    assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
    assertThat(again.body()).isEqualTo(first.body());
    assertThat(auditLines(bsn)).isEqualTo(afterFirst + 1);
    assertThat(
            jdbc.sql(
                    """
                    select a.actor || ' ' || a.action || ' ' || a.why from clients.audit_entry a
                      join clients.client c on c.id = a.client_id
                     where c.bsn = :bsn order by a.id desc limit 1""")
                .param("bsn", bsn)
                .query(String.class)
                .single())
        .isEqualTo("aanbieder-1 READ replay of POST /api/v1/requests");

    post("aanbieder-1", key, "/api/v1/requests", body);
    assertThat(auditLines(bsn)).as("every replay is a read").isEqualTo(afterFirst + 2);
  }

  private int auditLines(String bsn) {
    return jdbc.sql(
            """
            select count(*) from clients.audit_entry a join clients.client c on c.id = a.client_id
             where c.bsn = :bsn""")
        .param("bsn", bsn)
        .query(Integer.class)
        .single();
  }

  @Test
  void replaysAProblemAnswerToo() throws Exception {
    String key = newKey();
    String invalid = request.replace("\"0164\"", "\"164\"");
    HttpResponse<String> first = post("toegang-twente", key, DECIDE, invalid);
    assertThat(first.statusCode()).isEqualTo(400);
    HttpResponse<String> again = post("toegang-twente", key, DECIDE, invalid);
    assertThat(again.statusCode()).isEqualTo(400);
    assertThat(again.body()).isEqualTo(first.body());
    assertThat(again.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
    assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
  }

  @Test
  void refusesTheSameKeyWithADifferentBody() throws Exception {
    String key = newKey();
    assertThat(post("toegang-twente", key, DECIDE, request).statusCode()).isEqualTo(200);
    HttpResponse<String> changed =
        post(
            "toegang-twente", key, DECIDE, request.replace("\"sessions\": 30", "\"sessions\": 31"));
    assertThat(changed.statusCode()).isEqualTo(422);
    assertThat(changed.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
    assertThat(changed.body()).contains("Idempotency-Key reused with a different request");
    assertThat(changed.headers().firstValue("Idempotent-Replayed")).isEmpty();
  }

  @Test
  void refusesTheSameKeyWithADifferentQuery() throws Exception {
    String key = newKey();
    assertThat(post("admin", key, DECIDE, request).statusCode()).isEqualTo(200);
    assertThat(post("admin", key, "/api/v1/decisions?policy=ijsselland", request).statusCode())
        .isEqualTo(422);
  }

  @Test
  void runsTheSameKeyOfAnotherUserIndependently() throws Exception {
    String key = newKey();
    HttpResponse<String> first = post("toegang-twente", key, DECIDE, request);
    HttpResponse<String> other = post("contract-twente", key, DECIDE, request);
    assertThat(other.statusCode()).isEqualTo(200);
    assertThat(other.body()).isEqualTo(first.body());
    assertThat(other.headers().firstValue("Idempotent-Replayed")).isEmpty();
    assertThat(rows(key)).isEqualTo(2);
  }

  @Test
  void answersAStillRunningFirstRequestWithAConflict() throws Exception {
    String key = newKey();
    HttpResponse<String> first = post("beleid", key, DECIDE, request);
    assertThat(first.statusCode()).isEqualTo(200);
    // as if the first were still running: its answer not stored yet
    jdbc.sql("update web.idempotent_request set status = null, body = null where key = :key")
        .param("key", key)
        .update();
    HttpResponse<String> again = post("beleid", key, DECIDE, request);
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.body()).contains("still being processed");
  }

  @Test
  void runsARepeatAgainWhenTheFirstRequestWasAbandoned() throws Exception {
    String key = newKey();
    assertThat(post("beleid", key, DECIDE, request).statusCode()).isEqualTo(200);
    // as if the server had stopped while the first request ran, an hour ago
    jdbc.sql(
            "update web.idempotent_request set status = null, body = null,"
                + " created_at = now() - interval '1 hour' where key = :key")
        .param("key", key)
        .update();
    HttpResponse<String> again = post("beleid", key, DECIDE, request);
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.headers().firstValue("Idempotent-Replayed")).isEmpty();
    HttpResponse<String> third = post("beleid", key, DECIDE, request);
    assertThat(third.headers().firstValue("Idempotent-Replayed")).hasValue("true");
    assertThat(third.body()).isEqualTo(again.body());
  }

  @Test
  void forgetsAnswersAfter24HoursBecauseTheyCanHoldPersonalData() throws Exception {
    String old = newKey();
    String recent = newKey();
    assertThat(post("beleid", old, DECIDE, request).statusCode()).isEqualTo(200);
    assertThat(post("beleid", recent, DECIDE, request).statusCode()).isEqualTo(200);
    jdbc.sql(
            "update web.idempotent_request set created_at = now() - interval '25 hours'"
                + " where key = :key")
        .param("key", old)
        .update();
    jdbc.sql(
            "update web.idempotent_request set created_at = now() - interval '23 hours'"
                + " where key = :key")
        .param("key", recent)
        .update();
    assertThat(post("beleid", newKey(), DECIDE, request).statusCode()).isEqualTo(200);
    assertThat(rows(old)).isZero();
    assertThat(rows(recent)).isEqualTo(1);
    HttpResponse<String> later = post("beleid", old, DECIDE, request);
    assertThat(later.headers().firstValue("Idempotent-Replayed")).isEmpty();
  }

  @Test
  void refusesAKeyLongerThan255Characters() throws Exception {
    HttpResponse<String> response = post("admin", "k".repeat(256), DECIDE, request);
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("1 to 255 characters");
    assertThat(post("admin", "k".repeat(255), DECIDE, request).statusCode()).isEqualTo(200);
  }

  @Test
  void runsEveryRequestWithoutAKey() throws Exception {
    HttpResponse<String> response = post("admin", "", DECIDE, request);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Idempotent-Replayed")).isEmpty();
  }
}
