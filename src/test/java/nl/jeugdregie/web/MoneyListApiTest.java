package nl.jeugdregie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import nl.jeugdregie.Jeugdregie;
import nl.jeugdregie.TestData;
import nl.jeugdregie.allocation.RequestSubmission;
import nl.jeugdregie.allocation.Requests;
import nl.jeugdregie.billing.BookedDeclarations;
import nl.jeugdregie.billing.DeclarationFilter;
import nl.jeugdregie.billing.DeclarationSubmission;
import nl.jeugdregie.billing.Declarations;
import nl.jeugdregie.catalog.Contract;
import nl.jeugdregie.catalog.Providers;
import nl.jeugdregie.shared.Actor;
import nl.jeugdregie.shared.PageRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Money read back over HTTP (issue 11): a booked declaration with its lines, the declaration list
 * (filters, paging, total, sort), a provider's payment specification for a month whose totals agree
 * with its lines and with the ledger ({@code GET /payments}), each within every role's scope, and
 * as CSV and xlsx. Each test books its own declarations under a fresh AGB code and filters by it.
 */
@SpringBootTest(
    classes = Jeugdregie.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MoneyListApiTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Value("${local.server.port}")
  int port;

  @Autowired Requests requests;
  @Autowired Providers providers;
  @Autowired Declarations declarations;
  @Autowired BookedDeclarations booked;
  @Autowired JdbcClient db;

  private final HttpClient http = HttpClient.newHttpClient();
  String agb = "";
  UUID march;
  UUID april;

  /**
   * A Twente allocation (Enschede, 3000 minutes of 45B01 at EUR 2.05) of a fresh provider, and two
   * declarations booked on it: March with an approved line (600 minutes, EUR 1,230.00) and a
   * rejected one (a second debit for the same product and period, TR389: EUR 205.00), April with
   * one approved line (100 minutes, EUR 205.00).
   */
  @BeforeEach
  void twoDeclarations() {
    agb = TestData.agb();
    providers.register(agb, "Zorg " + agb);
    providers.contract(new Contract(agb, "twente", "45", null, LocalDate.of(2025, 1, 1), null));
    String bsn = TestData.bsn();
    ObjectNode request =
        (ObjectNode)
            JSON.readTree(
                """
                {"kind": "INITIAL", "receivedOn": "2025-03-03", "municipality": "0153",
                 "client": {"birthDate": "2014-05-01"},
                 "referrer": {"type": "02", "letterDate": "2025-02-01"},
                 "product": {"category": "45", "code": "45B01"},
                 "period": {"start": "2025-03-10", "end": "2025-12-31"},
                 "volume": {"amount": 3000, "unit": "01", "frequency": "6"}}
                """);
    request.put("clientBsn", bsn).put("providerAgb", agb).put("providerReference", "V-" + agb);
    int number =
        requests
            .submit(Actor.provider("aanbieder", agb), RequestSubmission.parse(request))
            .allocations()
            .getFirst()
            .number();
    march =
        declare(
            "2025-03",
            "D3",
            bsn,
            line("R1", number, "2025-03-10", "2025-03-31", 600)
                + ","
                + line("R2", number, "2025-03-10", "2025-03-31", 100));
    april = declare("2025-04", "D4", bsn, line("R3", number, "2025-04-01", "2025-04-30", 100));
  }

  @Test
  void aBookedDeclarationIsReadBackWithItsLinesInScopeAndIsNotFoundOutsideIt() throws Exception {
    HttpResponse<String> admin = get("admin", "/api/v1/declarations/" + march, "application/json");
    assertThat(admin.statusCode()).as(admin.body()).isEqualTo(200);
    JsonNode read = JSON.readTree(admin.body());
    JsonNode declaration = read.path("declaration");
    assertThat(declaration.path("providerAgb").asString()).isEqualTo(agb);
    assertThat(declaration.path("number").asString()).isEqualTo("D3");
    assertThat(declaration.path("month").asString()).isEqualTo("2025-03");
    assertThat(declaration.path("state").asString()).isEqualTo("PARTLY_APPROVED");
    assertThat(declaration.path("approvedCents").asLong()).isEqualTo(123_000);
    assertThat(declaration.path("submittedCents").asLong()).isEqualTo(143_500);
    JsonNode lines = read.path("lines");
    assertThat(lines).hasSize(2);
    JsonNode approved = lines.get(0);
    assertThat(approved.path("reference").asString()).isEqualTo("R1");
    assertThat(approved.path("status").asString()).isEqualTo("APPROVED");
    assertThat(approved.path("allocation").path("municipality").asString()).isEqualTo("0153");
    assertThat(approved.path("product").path("code").asString()).isEqualTo("45B01");
    assertThat(approved.path("period").path("start").asString()).isEqualTo("2025-03-10");
    assertThat(approved.path("amountCents").asLong()).isEqualTo(123_000);
    assertThat(approved.path("returnCodes")).isEmpty();
    assertThat(approved.path("clientPseudonym").asString()).startsWith("C-");
    JsonNode rejected = lines.get(1);
    assertThat(rejected.path("status").asString()).isEqualTo("REJECTED");
    assertThat(rejected.path("returnCodes").valueStream().map(c -> c.path("code").asString()))
        .contains("9389");

    // in scope: the Twente access team and contract manager (no BSN in a money answer)
    assertThat(get("toegang-twente", "/api/v1/declarations/" + march).statusCode()).isEqualTo(200);
    HttpResponse<String> contract = get("contract-twente", "/api/v1/declarations/" + march);
    assertThat(contract.statusCode()).isEqualTo(200);
    assertThat(contract.body()).doesNotContain("\"bsn\"");
    // outside it the same 404 as for a declaration that does not exist
    for (String user : List.of("toegang-amersfoort", "contract-ijsselland", "aanbieder-1")) {
      HttpResponse<String> refused = get(user, "/api/v1/declarations/" + march);
      assertThat(refused.statusCode()).as(user).isEqualTo(404);
      assertThat(refused.body()).doesNotContain(agb);
    }
    assertThat(get("admin", "/api/v1/declarations/" + UUID.randomUUID()).statusCode())
        .isEqualTo(404);
    assertThat(get("beleid", "/api/v1/declarations/" + march).statusCode()).isEqualTo(403);
  }

  @Test
  void theListFiltersPagesAndSortsWithATotal() throws Exception {
    JsonNode all = list("admin", "?provider=" + agb);
    assertThat(all.path("total").asLong()).isEqualTo(2);
    assertThat(numbers(all)).containsExactly("D4", "D3"); // newest month first

    JsonNode inMarch = list("admin", "?provider=" + agb + "&month=2025-03");
    assertThat(inMarch.path("total").asLong()).isEqualTo(1);
    assertThat(numbers(inMarch)).containsExactly("D3");
    assertThat(numbers(list("admin", "?provider=" + agb + "&state=APPROVED")))
        .containsExactly("D4");
    assertThat(numbers(list("admin", "?provider=" + agb + "&state=PARTLY_APPROVED")))
        .containsExactly("D3");
    assertThat(list("admin", "?provider=" + agb + "&municipality=0307").path("total").asLong())
        .isZero();

    JsonNode first = list("admin", "?provider=" + agb + "&size=1&sort=month,asc");
    JsonNode second = list("admin", "?provider=" + agb + "&size=1&page=1&sort=month,asc");
    assertThat(first.path("total").asLong()).isEqualTo(2);
    assertThat(first.path("size").asInt()).isEqualTo(1);
    assertThat(numbers(first)).containsExactly("D3");
    assertThat(numbers(second)).containsExactly("D4");
    assertThat(second.path("page").asInt()).isEqualTo(1);
  }

  @Test
  void badListQueriesAreAnsweredWithEveryWrongFieldAtOnce() throws Exception {
    HttpResponse<String> bad =
        get("admin", "/api/v1/declarations?month=2025-13&provider=12&state=PAID&size=0");
    assertThat(bad.statusCode()).as(bad.body()).isEqualTo(400);
    assertThat(
            JSON.readTree(bad.body())
                .path("errors")
                .valueStream()
                .map(e -> e.path("field").asString()))
        .containsExactlyInAnyOrder("month", "provider", "state", "size");
    HttpResponse<String> size = get("admin", "/api/v1/declarations?size=0&page=-1");
    assertThat(size.statusCode()).isEqualTo(400);
    assertThat(
            JSON.readTree(size.body())
                .path("errors")
                .valueStream()
                .map(e -> e.path("field").asString()))
        .containsExactlyInAnyOrder("size", "page");
    HttpResponse<String> sort = get("admin", "/api/v1/declarations?sort=amount");
    assertThat(sort.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(sort.body()).path("field").asString()).isEqualTo("sort");
  }

  @Test
  void eachRoleListsItsOwnScopeOnly() throws Exception {
    String mine = "?provider=" + agb;
    assertThat(list("toegang-twente", mine).path("total").asLong()).isEqualTo(2);
    assertThat(list("contract-twente", mine).path("total").asLong()).isEqualTo(2);
    assertThat(list("toegang-amersfoort", mine).path("total").asLong()).isZero();
    assertThat(list("contract-ijsselland", mine).path("total").asLong()).isZero();
    assertThat(list("aanbieder-1", mine).path("total").asLong()).isZero();
    for (JsonNode d : list("aanbieder-1", "?size=500").path("items")) {
      assertThat(d.path("providerAgb").asString()).isEqualTo(DemoAccounts.PROVIDER_1_AGB);
    }
    for (JsonNode d : list("contract-ijsselland", "?size=500").path("items")) {
      assertThat(d.path("municipality").asString()).isNotEqualTo("0153");
    }
    assertThat(get("beleid", "/api/v1/declarations").statusCode()).isEqualTo(403);
    // the provider itself (a fresh AGB has no demo account): its own two, nothing else
    var own =
        booked.list(
            Actor.provider("aanbieder", agb), DeclarationFilter.none(), PageRequest.first());
    assertThat(own.total()).isEqualTo(2);
    assertThat(own.items()).allSatisfy(d -> assertThat(d.providerAgb()).isEqualTo(agb));
  }

  @Test
  void thePaymentSpecificationsTotalsAgreeWithItsLinesAndWithTheLedger() throws Exception {
    JsonNode spec = specification("admin", "2025-03");
    JsonNode totals = spec.path("totals");
    assertThat(spec.path("lines")).hasSize(2);
    assertThat(totals.path("lines").asInt()).isEqualTo(2);
    assertThat(totals.path("approvedLines").asInt()).isEqualTo(1);
    assertThat(totals.path("rejectedLines").asInt()).isEqualTo(1);
    assertThat(totals.path("approvedCents").asLong()).isEqualTo(123_000);
    assertThat(totals.path("rejectedCents").asLong()).isEqualTo(20_500);
    assertThat(totals.path("toPayCents").asLong()).isEqualTo(123_000);
    long sumOfLines =
        spec.path("lines").valueStream().mapToLong(l -> l.path("toPayCents").asLong()).sum();
    assertThat(sumOfLines).isEqualTo(totals.path("toPayCents").asLong());
    assertThat(totals.path("ledgerCents").asLong()).isEqualTo(totals.path("toPayCents").asLong());
    JsonNode rejected =
        spec.path("lines")
            .valueStream()
            .filter(l -> l.path("status").asString().equals("REJECTED"))
            .findFirst()
            .orElseThrow();
    assertThat(rejected.path("returnCodes").valueStream().map(JsonNode::asString)).contains("9389");
    assertThat(rejected.path("toPayCents").asLong()).isZero();

    // what billing's payment run pays the provider for March care is the same sum
    HttpResponse<String> payments = get("admin", "/api/v1/payments?month=2025-03");
    long paid =
        JSON.readTree(payments.body())
            .valueStream()
            .filter(p -> p.path("providerAgb").asString().equals(agb))
            .mapToLong(p -> p.path("amountCents").asLong())
            .sum();
    assertThat(paid).isEqualTo(totals.path("toPayCents").asLong());
    assertThat(specification("admin", "2025-04").path("totals").path("toPayCents").asLong())
        .isEqualTo(20_500);
  }

  @Test
  void thePaymentSpecificationShowsEachRoleItsScopeOnly() throws Exception {
    assertThat(specification("contract-twente", "2025-03").path("lines")).hasSize(2);
    assertThat(specification("toegang-twente", "2025-03").path("lines")).hasSize(2);
    for (String user : List.of("aanbieder-1", "toegang-amersfoort", "contract-ijsselland")) {
      JsonNode spec = specification(user, "2025-03");
      assertThat(spec.path("lines")).as(user).isEmpty();
      assertThat(spec.path("totals").path("toPayCents").asLong()).as(user).isZero();
      assertThat(spec.path("totals").path("ledgerCents").asLong()).as(user).isZero();
    }
    String path = "/api/v1/payment-specifications?provider=" + agb + "&month=2025-03";
    assertThat(get("beleid", path).statusCode()).isEqualTo(403);
    HttpResponse<String> missing = get("admin", "/api/v1/payment-specifications?month=2025-3");
    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(
            JSON.readTree(missing.body())
                .path("errors")
                .valueStream()
                .map(e -> e.path("field").asString()))
        .containsExactlyInAnyOrder("provider", "month");
  }

  @Test
  void theListAndTheSpecificationAnswerAsCsvOneRowPerItem() throws Exception {
    HttpResponse<String> csv = get("admin", "/api/v1/declarations?provider=" + agb, "text/csv");
    assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
    assertThat(csv.headers().firstValue("X-Total-Count")).hasValue("2");
    List<String> rows = csv.body().lines().toList();
    assertThat(rows.getFirst()).startsWith("id,providerAgb,number,municipality,month");
    assertThat(rows).hasSize(3);
    assertThat(rows.get(2)).startsWith(march + "," + agb + ",D3,0153,2025-03");

    HttpResponse<String> spec =
        get(
            "contract-twente",
            "/api/v1/payment-specifications?provider=" + agb + "&month=2025-03&format=csv",
            "*/*");
    assertThat(spec.statusCode()).as(spec.body()).isEqualTo(200);
    List<String> lines = spec.body().lines().toList();
    assertThat(lines.getFirst()).startsWith("declarationNumber,declarationMonth,municipality");
    assertThat(lines).hasSize(3);
    assertThat(lines).anySatisfy(l -> assertThat(l).contains(",R1,").contains(",123000,"));
    assertThat(lines).anySatisfy(l -> assertThat(l).contains(",R2,").contains(",9389,"));
  }

  @Test
  void thePaymentSpecificationOpensInExcelWithARowPerLine() throws Exception {
    HttpResponse<byte[]> xlsx =
        http.send(
            request(
                    "contract-twente",
                    "/api/v1/payment-specifications?provider=" + agb + "&month=2025-03",
                    TableExport.XLSX_VALUE)
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(xlsx.statusCode()).isEqualTo(200);
    assertThat(xlsx.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("jeugdregie-payment-specifications.xlsx");
    String sheet = "";
    StringBuilder strings = new StringBuilder();
    Path file = Files.createTempFile("specification", ".xlsx");
    Files.write(file, xlsx.body());
    try (var zip = new ZipFile(file.toFile())) {
      for (ZipEntry e : Collections.list(zip.entries())) {
        String text = new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
        if (e.getName().startsWith("xl/worksheets/")) sheet = text;
        if (e.getName().startsWith("xl/")) strings.append(text);
      }
    } finally {
      Files.delete(file);
    }
    // a header row and one row per line, the amounts as numbers
    assertThat(sheet.split("<row ", -1)).hasSize(1 + 3);
    assertThat(strings).contains("declarationNumber").contains("toPayCents").contains("R1");
    assertThat(strings).contains("R2").contains("9389");
    assertThat(sheet).contains("<v>123000</v>");
  }

  @Test
  void theOpenApiDocumentTypesThePaymentSpecification() throws Exception {
    JsonNode docs = JSON.readTree(get("admin", "/v3/api-docs").body());
    JsonNode ok =
        docs.path("paths")
            .path("/api/v1/payment-specifications")
            .path("get")
            .path("responses")
            .path("200")
            .path("content");
    assertThat(ok.path("application/json").path("schema").path("$ref").asString())
        .endsWith("Specification");
    assertThat(ok.path("text/csv").path("schema").path("items").path("$ref").asString())
        .endsWith("Line");
  }

  // ---- data and calls

  private static String line(String reference, int number, String start, String end, long min) {
    return """
        {"reference": "%s", "debitCredit": "D", "allocationNumber": %d,
         "product": {"category": "45", "code": "45B01"},
         "productPeriod": {"start": "%s", "end": "%s"},
         "volume": {"amount": %d, "unit": "01"}, "tariffCents": 205, "amountCents": %d}
        """
        .formatted(reference, number, start, end, min, min * 205);
  }

  private UUID declare(String period, String number, String bsn, String lines) {
    String body =
        """
        {"providerAgb": "%s", "number": "%s", "municipality": "0153", "period": "%s",
         "receivedOn": "%s", "clients": [{"bsn": "%s", "lines": [%s]}]}
        """
            .formatted(
                agb, number, period, LocalDate.parse(period + "-01").plusMonths(1), bsn, lines);
    assertThat(
            declarations
                .submit(
                    Actor.admin("money-list-test"),
                    DeclarationSubmission.parse(JSON.readTree(body)))
                .booked())
        .isTrue();
    return db.sql("select id from billing.declaration where provider_agb = :agb and number = :n")
        .param("agb", agb)
        .param("n", number)
        .query(UUID.class)
        .single();
  }

  private JsonNode list(String user, String query) throws Exception {
    HttpResponse<String> response = get(user, "/api/v1/declarations" + query);
    assertThat(response.statusCode()).as("%s: %s", user, response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private JsonNode specification(String user, String month) throws Exception {
    HttpResponse<String> response =
        get(user, "/api/v1/payment-specifications?provider=" + agb + "&month=" + month);
    assertThat(response.statusCode()).as("%s: %s", user, response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private static List<String> numbers(JsonNode page) {
    return page.path("items").valueStream().map(d -> d.path("number").asString()).toList();
  }

  private HttpResponse<String> get(String user, String path) throws Exception {
    return get(user, path, "application/json");
  }

  private HttpResponse<String> get(String user, String path, String accept) throws Exception {
    return http.send(request(user, path, accept).build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder request(String user, String path, String accept) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Accept", accept)
        .header(
            "Authorization",
            "Basic "
                + Base64.getEncoder()
                    .encodeToString(
                        (user + ":" + DemoAccounts.PASSWORD).getBytes(StandardCharsets.UTF_8)));
  }
}
