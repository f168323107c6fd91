package nl.jeugdregie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import nl.jeugdregie.Jeugdregie;
import nl.jeugdregie.TestData;
import nl.jeugdregie.allocation.RequestState;
import nl.jeugdregie.allocation.RequestSubmission;
import nl.jeugdregie.allocation.Requests;
import nl.jeugdregie.catalog.Contract;
import nl.jeugdregie.catalog.Providers;
import nl.jeugdregie.shared.Actor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every list as a table (issue 11): the JSON a list answers, flattened into CSV ({@code Accept:
 * text/csv} or {@code ?format=csv}) and xlsx, with the same rows and scope; and query and body
 * errors answered all at once, each naming its field.
 */
@SpringBootTest(
    classes = Jeugdregie.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TableExportApiTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Value("${local.server.port}")
  int port;

  @Autowired Requests requests;
  @Autowired Providers providers;

  private final HttpClient http = HttpClient.newHttpClient();
  String agb = "";
  String reference = "";

  /** One Twente request of 7000 minutes, in investigation (R-TWE-2), received 3 March 2025. */
  @BeforeEach
  void requestInInvestigation() {
    agb = TestData.agb();
    providers.register(agb, "Zorg, \"de Brug\" " + agb);
    providers.contract(new Contract(agb, "twente", "45", null, LocalDate.of(2025, 1, 1), null));
    reference = "=HYPERLINK-" + agb;
    var body =
        JSON.readTree(
            """
            {"kind": "INITIAL", "receivedOn": "2025-03-03", "municipality": "0153",
             "client": {"birthDate": "2014-05-01"},
             "referrer": {"type": "02", "letterDate": "2025-02-01"},
             "product": {"category": "45", "code": "45B01"},
             "period": {"start": "2025-03-10", "end": "2025-12-31"},
             "volume": {"amount": 7000, "unit": "01", "frequency": "6"},
             "clientBsn": "%s", "providerAgb": "%s", "providerReference": "%s"}
            """
                .formatted(TestData.bsn(), agb, reference));
    var view = requests.submit(Actor.provider("aanbieder", agb), RequestSubmission.parse(body));
    assertThat(view.state()).isEqualTo(RequestState.IN_INVESTIGATION);
  }

  @Test
  void aListAnswersAsCsvWithTheJsonFieldsAsColumns() throws Exception {
    HttpResponse<String> json = get("/api/v1/requests/overdue?on=2026-01-05", "application/json");
    JsonNode mine = mine(JSON.readTree(json.body()));

    HttpResponse<String> csv = get("/api/v1/requests/overdue?on=2026-01-05", "text/csv");
    assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("jeugdregie-overdue.csv");
    List<String> lines = csv.body().lines().toList();
    assertThat(lines.getFirst())
        .startsWith("id,type,state,municipality,providerAgb,providerReference,clientPseudonym");
    // the same rows as the JSON; a reference that looks like a formula is not run by Excel
    assertThat(lines).hasSize(JSON.readTree(json.body()).size() + 1);
    String row =
        lines.stream()
            .filter(l -> l.startsWith(mine.get("id").asString()))
            .findFirst()
            .orElseThrow();
    assertThat(row)
        .contains(",IN_INVESTIGATION,0153," + agb + ",'" + reference + ",")
        .contains("," + mine.get("daysOverdue").asLong());

    // ?format=csv does the same for a browser link
    HttpResponse<String> link = get("/api/v1/requests/overdue?on=2026-01-05&format=csv", "*/*");
    assertThat(link.body()).isEqualTo(csv.body());
  }

  @Test
  void aListAnswersAsAnExcelWorkbook() throws Exception {
    HttpResponse<byte[]> xlsx =
        http.send(
            request("/api/v1/requests/overdue?on=2026-01-05&format=xlsx", "*/*").build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(xlsx.statusCode()).isEqualTo(200);
    assertThat(xlsx.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("jeugdregie-overdue.xlsx");
    StringBuilder xml = new StringBuilder();
    java.nio.file.Path file = java.nio.file.Files.createTempFile("export", ".xlsx");
    java.nio.file.Files.write(file, xlsx.body());
    try (var zip = new ZipFile(file.toFile())) {
      for (ZipEntry e : java.util.Collections.list(zip.entries())) {
        if (e.getName().startsWith("xl/")) {
          xml.append(new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    } finally {
      java.nio.file.Files.delete(file);
    }
    // the header and the provider's reference are cells; a number stays a number
    assertThat(xml).contains("providerReference").contains(reference).contains("daysOverdue");
  }

  @Test
  void everyWrongFieldOfABodyIsNamedInOneAnswer() throws Exception {
    HttpResponse<String> answer =
        http.send(
            request("/api/v1/screenings", "application/json")
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        """
                        {"clientBsn": "12", "clientBirthDate": "2014-05-01", "municipality": "153",
                         "providerAgb": "%s", "screenedOn": "2025-03-01", "outcome": "ACCEPTED"}
                        """
                            .formatted(agb)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
    JsonNode problem = JSON.readTree(answer.body());
    assertThat(problem.get("title").asString()).isEqualTo("Invalid request");
    assertThat(problem.get("errors").valueStream().map(e -> e.get("field").asString()))
        .containsExactlyInAnyOrder("clientBsn", "municipality");
    assertThat(problem.get("field").asString()).isIn("clientBsn", "municipality");
    assertThat(problem.get("detail").asString()).startsWith("2 fields are invalid");
  }

  @Test
  void aQueryParameterOfTheWrongTypeIsNamed() throws Exception {
    HttpResponse<String> answer = get("/api/v1/requests/overdue?on=yesterday", "application/json");
    assertThat(answer.statusCode()).isEqualTo(400);
    JsonNode problem = JSON.readTree(answer.body());
    assertThat(problem.get("field").asString()).isEqualTo("on");
    assertThat(problem.get("errors").get(0).get("message").asString()).contains("LocalDate");
  }

  /** The lists from before issue 11 answer as tables too: signals, payments, the audit log. */
  @Test
  void theOlderListsAnswerAsCsvAndXlsxToo() throws Exception {
    for (String[] list :
        new String[][] {
          {"/api/v1/signals", "id,kind,rule,"},
          {"/api/v1/payments?month=2025-03", "municipality,providerAgb,month,entries,amountCents"},
          {"/api/v1/audit", "id,at,actor,"}
        }) {
      HttpResponse<String> csv = get(list[0], "text/csv");
      assertThat(csv.statusCode()).as(list[0] + " " + csv.body()).isEqualTo(200);
      assertThat(csv.headers().firstValue("Content-Type")).get().asString().startsWith("text/csv");
      // a table's columns come from its rows: an empty list is an empty file
      int rows = JSON.readTree(get(list[0], "application/json").body()).size();
      if (rows == 0) {
        assertThat(csv.body()).as(list[0]).isBlank();
      } else {
        assertThat(csv.body()).as(list[0]).startsWith(list[1]);
      }
      HttpResponse<byte[]> xlsx =
          http.send(
              request(list[0] + (list[0].contains("?") ? "&" : "?") + "format=xlsx", "*/*").build(),
              HttpResponse.BodyHandlers.ofByteArray());
      assertThat(xlsx.statusCode()).as(list[0]).isEqualTo(200);
      // an xlsx file is a zip: it starts with PK
      assertThat(new String(xlsx.body(), 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");
    }
  }

  private JsonNode mine(JsonNode list) {
    return list.valueStream()
        .filter(r -> r.get("providerReference").asString().equals(reference))
        .findFirst()
        .orElseThrow();
  }

  private HttpResponse<String> get(String path, String accept) throws Exception {
    return http.send(request(path, accept).build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder request(String path, String accept) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Accept", accept)
        .header(
            "Authorization",
            "Basic "
                + Base64.getEncoder()
                    .encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8)));
  }
}
