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
import nl.jeugdregie.TestData;
import nl.jeugdregie.allocation.RequestSubmission;
import nl.jeugdregie.allocation.Requests;
import nl.jeugdregie.allocation.Views.RequestView;
import nl.jeugdregie.shared.Actor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The lists' tests' shared steps: Twente requests of a fresh provider for fresh clients, and GETs
 * as a demo account.
 */
final class ListCalls {

  static final JsonMapper JSON = JsonMapper.builder().build();

  private final HttpClient http = HttpClient.newHttpClient();
  private final int port;

  ListCalls(int port) {
    this.port = port;
  }

  /**
   * A Twente request of provider {@code agb} for client {@code bsn}: product {@code code} (45B01 or
   * 45V01) in minutes, care from a week after receipt to {@code end}. Over 6000 minutes of 45B01
   * goes to investigation (R-TWE-2).
   */
  static RequestView submit(
      Requests requests,
      String agb,
      String bsn,
      String municipality,
      LocalDate received,
      String code,
      long minutes,
      LocalDate end) {
    var body =
        JSON.readTree(
            """
            {"kind": "INITIAL", "receivedOn": "%s", "municipality": "%s",
             "client": {"birthDate": "2014-05-01"},
             "referrer": {"type": "02", "letterDate": "%s"},
             "product": {"category": "45", "code": "%s"},
             "period": {"start": "%s", "end": "%s"},
             "volume": {"amount": %d, "unit": "01", "frequency": "6"},
             "clientBsn": "%s", "clientName": "Lijst Kind %s", "providerAgb": "%s",
             "providerReference": "L-%s-%s"}
            """
                .formatted(
                    received,
                    municipality,
                    received.minusDays(14),
                    code,
                    received.plusDays(7),
                    end,
                    minutes,
                    bsn,
                    bsn,
                    agb,
                    agb,
                    TestData.bsn()));
    return requests.submit(Actor.provider("lists", agb), RequestSubmission.parse(body));
  }

  HttpResponse<String> get(String user, String path) throws Exception {
    return get(user, path, "application/json");
  }

  HttpResponse<String> get(String user, String path, String accept) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Accept", accept)
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString(
                            (user + ":" + DemoAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8)))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** The page a list answered (asserting 200). */
  JsonNode page(String user, String path) throws Exception {
    HttpResponse<String> response = get(user, path);
    assertThat(response.statusCode())
        .as("%s by %s: %s", path, user, response.body())
        .isEqualTo(200);
    return JSON.readTree(response.body());
  }

  /** The values of {@code field} of the page's items, in order. */
  static List<String> column(JsonNode page, String field) {
    return page.path("items").valueStream().map(i -> i.path(field).asString()).toList();
  }

  /** The field names of a 400's {@code errors}. */
  static List<String> errorFields(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    return JSON.readTree(response.body())
        .path("errors")
        .valueStream()
        .map(e -> e.path("field").asString())
        .toList();
  }
}
