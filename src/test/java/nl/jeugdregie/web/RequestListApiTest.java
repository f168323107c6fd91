package nl.jeugdregie.web;

import static nl.jeugdregie.web.ListCalls.column;
import static nl.jeugdregie.web.ListCalls.errorFields;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.jeugdregie.Jeugdregie;
import nl.jeugdregie.TestData;
import nl.jeugdregie.allocation.CaseloadFilter;
import nl.jeugdregie.allocation.RequestFilter;
import nl.jeugdregie.allocation.RequestList;
import nl.jeugdregie.allocation.RequestState;
import nl.jeugdregie.allocation.Requests;
import nl.jeugdregie.allocation.Views.RequestView;
import nl.jeugdregie.catalog.Contract;
import nl.jeugdregie.catalog.Providers;
import nl.jeugdregie.clients.Clients;
import nl.jeugdregie.shared.Actor;
import nl.jeugdregie.shared.PageRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/**
 * The request list and the access team's caseload (issue 11) over HTTP: paging, every filter, sort
 * order and unknown sort keys, the scope of every role, CSV, and no personal data (so nothing to
 * audit). The data is five Twente requests of a fresh provider; every list is filtered by it.
 */
@SpringBootTest(
    classes = Jeugdregie.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RequestListApiTest {

  private static final LocalDate END = LocalDate.of(2025, 12, 31);

  @Value("${local.server.port}")
  int port;

  @Autowired Providers providers;
  @Autowired Requests requests;
  @Autowired RequestList lists;
  @Autowired Clients clients;

  ListCalls calls = new ListCalls(0);
  String agb = "";
  String mine = "";

  /** In investigation: Enschede 3 March, Hengelo 10 March. */
  RequestView r1;

  RequestView r2;

  /** Approved: Enschede 1 April (45B01), 1 May (45V01); rejected: 2 April (stacking on r3). */
  RequestView r3;

  RequestView r4;
  RequestView r5;

  @BeforeAll
  void fiveTwenteRequestsOfAFreshProvider() {
    calls = new ListCalls(port);
    agb = TestData.agb();
    mine = "?provider=" + agb;
    providers.register(agb, "Lijstzorg " + agb);
    providers.contract(new Contract(agb, "twente", "45", null, LocalDate.of(2020, 1, 1), null));
    r1 = submit(TestData.bsn(), "0153", LocalDate.of(2025, 3, 3), "45B01", 7000);
    r2 = submit(TestData.bsn(), "0164", LocalDate.of(2025, 3, 10), "45B01", 7000);
    String c = TestData.bsn();
    r3 = submit(c, "0153", LocalDate.of(2025, 4, 1), "45B01", 3000);
    r4 = submit(TestData.bsn(), "0153", LocalDate.of(2025, 5, 1), "45V01", 2000);
    r5 = submit(c, "0153", LocalDate.of(2025, 4, 2), "45B01", 3000);
    assertThat(List.of(r1.state(), r2.state(), r3.state(), r4.state(), r5.state()))
        .containsExactly(
            RequestState.IN_INVESTIGATION,
            RequestState.IN_INVESTIGATION,
            RequestState.APPROVED,
            RequestState.APPROVED,
            RequestState.REJECTED);
  }

  private RequestView submit(
      String bsn, String municipality, LocalDate received, String code, long minutes) {
    return ListCalls.submit(requests, agb, bsn, municipality, received, code, minutes, END);
  }

  private static String id(RequestView r) {
    return r.id().toString();
  }

  // ---- the request list ----

  @Test
  void listsNewestReceivedFirstWithTheTotal() throws Exception {
    JsonNode page = calls.page("admin", "/api/v1/requests" + mine);
    assertThat(page.path("total").asLong()).isEqualTo(5);
    assertThat(page.path("page").asInt()).isZero();
    assertThat(page.path("size").asInt()).isEqualTo(50);
    assertThat(column(page, "id")).containsExactly(id(r4), id(r5), id(r3), id(r2), id(r1));
    JsonNode first = page.path("items").get(0);
    assertThat(first.path("state").asString()).isEqualTo("APPROVED");
    assertThat(first.path("productCode").asString()).isEqualTo("45V01");
    assertThat(first.path("category").asString()).isEqualTo("45");
    assertThat(first.path("clientPseudonym").asString()).isEqualTo(r4.client().pseudonym());
    assertThat(first.path("region").asString()).isEqualTo("twente");
    // an approved request's deadline is its answer (5 working days); in investigation 8 weeks
    assertThat(first.path("deadline").asString()).isEqualTo(r4.answerDue().toString());
    assertThat(page.path("items").get(4).path("deadline").asString()).isEqualTo("2025-04-28");
  }

  @Test
  void pagesThroughTheList() throws Exception {
    JsonNode second = calls.page("admin", "/api/v1/requests" + mine + "&page=1&size=2");
    assertThat(second.path("total").asLong()).isEqualTo(5);
    assertThat(second.path("page").asInt()).isEqualTo(1);
    assertThat(second.path("size").asInt()).isEqualTo(2);
    assertThat(column(second, "id")).containsExactly(id(r3), id(r2));
    JsonNode last = calls.page("admin", "/api/v1/requests" + mine + "&page=2&size=2");
    assertThat(column(last, "id")).containsExactly(id(r1));
    JsonNode beyond = calls.page("admin", "/api/v1/requests" + mine + "&page=3&size=2");
    assertThat(beyond.path("items").size()).isZero();
    assertThat(beyond.path("total").asLong()).isEqualTo(5);
  }

  @Test
  void filtersByEachField() throws Exception {
    assertThat(ids(mine + "&state=IN_INVESTIGATION")).containsExactly(id(r2), id(r1));
    JsonNode rejected = calls.page("admin", "/api/v1/requests" + mine + "&state=REJECTED");
    assertThat(column(rejected, "id")).containsExactly(id(r5));
    assertThat(rejected.path("items").get(0).path("rejectionReason").asString()).isNotBlank();
    assertThat(ids(mine + "&municipality=0164")).containsExactly(id(r2));
    assertThat(ids(mine + "&category=45&product=45V01")).containsExactly(id(r4));
    assertThat(ids(mine + "&product=45b01")).containsExactly(id(r5), id(r3), id(r2), id(r1));
    assertThat(ids(mine + "&receivedFrom=2025-03-10&receivedTo=2025-04-01"))
        .containsExactly(id(r3), id(r2));
    assertThat(ids(mine + "&receivedFrom=2025-04-02")).containsExactly(id(r4), id(r5));
    assertThat(ids(mine + "&state=APPROVED&product=45B01")).containsExactly(id(r3));
    // another provider's requests are not this provider's
    assertThat(ids("?provider=" + TestData.agb())).isEmpty();
  }

  @Test
  void sortsByAWhitelistedKeyAndRefusesOthers() throws Exception {
    assertThat(ids(mine + "&sort=receivedOn,asc"))
        .containsExactly(id(r1), id(r2), id(r3), id(r5), id(r4));
    // deadlines: r3 8 April, r5 9 April (5 working days), r1 28 April, r2 5 May (8 weeks), r4 8 May
    assertThat(ids(mine + "&sort=deadline"))
        .containsExactly(id(r3), id(r5), id(r1), id(r2), id(r4));
    assertThat(ids(mine + "&sort=state,desc").getFirst()).isEqualTo(id(r5));

    HttpResponse<String> unknown = calls.get("admin", "/api/v1/requests" + mine + "&sort=bsn");
    assertThat(errorFields(unknown)).containsExactly("sort");
    assertThat(unknown.body()).contains("receivedOn");
  }

  @Test
  void namesEveryWrongQueryParameterInOneAnswer() throws Exception {
    HttpResponse<String> bad =
        calls.get(
            "admin",
            "/api/v1/requests?municipality=153&provider=12&state=OPEN"
                + "&receivedFrom=2025-05-01&receivedTo=2025-04-01&size=0");
    assertThat(errorFields(bad))
        .as(bad.body())
        .contains("municipality", "provider", "state", "receivedTo", "size");
  }

  @Test
  void everyRoleSeesItsOwnScope() throws Exception {
    assertThat(calls.page("toegang-twente", "/api/v1/requests" + mine).path("total").asLong())
        .isEqualTo(5);
    assertThat(calls.page("toegang-amersfoort", "/api/v1/requests" + mine).path("total").asLong())
        .isZero();
    assertThat(calls.page("contract-twente", "/api/v1/requests" + mine).path("total").asLong())
        .isEqualTo(5);
    assertThat(calls.page("contract-ijsselland", "/api/v1/requests" + mine).path("total").asLong())
        .isZero();
    // a provider never sees another's, whatever it filters by
    assertThat(calls.page("aanbieder-1", "/api/v1/requests" + mine).path("total").asLong())
        .isZero();
    for (JsonNode row : calls.page("aanbieder-1", "/api/v1/requests?size=200").path("items")) {
      assertThat(row.path("providerAgb").asString()).isEqualTo(DemoAccounts.PROVIDER_1_AGB);
    }
    assertThat(calls.get("beleid", "/api/v1/requests" + mine).statusCode()).isEqualTo(403);

    // the provider itself sees all five, unfiltered; an access team of Hengelo only Hengelo's
    var own = lists.list(Actor.provider("lists", agb), RequestFilter.none(), PageRequest.first());
    assertThat(own.total()).isEqualTo(5);
    var hengelo =
        lists.list(
            Actor.accessTeam("toegang-hengelo", Set.of("0164")),
            new RequestFilter(null, null, agb, null, null, null, null),
            PageRequest.first());
    assertThat(hengelo.items()).extracting(RequestList.RequestRow::id).containsExactly(r2.id());
  }

  @Test
  void answersAsCsv() throws Exception {
    HttpResponse<String> csv = calls.get("toegang-twente", "/api/v1/requests" + mine, "text/csv");
    assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
    assertThat(csv.headers().firstValue("X-Total-Count")).hasValue("5");
    List<String> lines = csv.body().lines().toList();
    assertThat(lines.getFirst())
        .isEqualTo(
            "id,type,state,municipality,region,providerAgb,providerReference,clientPseudonym,"
                + "category,productCode,receivedOn,deadline,answeredOn,rejectionReason");
    assertThat(lines).hasSize(6);
    // the newest: r4, approved on receipt (answered today)
    assertThat(lines.get(1))
        .startsWith(
            String.join(
                ",",
                id(r4),
                "ALLOCATION",
                "APPROVED",
                "0153",
                "twente",
                agb,
                r4.providerReference(),
                r4.client().pseudonym(),
                "45",
                "45V01",
                "2025-05-01",
                r4.answerDue().toString()))
        .endsWith(",");
  }

  /**
   * The lists show pseudonyms only, to every role, so reading them audits nothing: no BSN or name
   * in the answer, and no audit line for any of the clients shown.
   */
  @Test
  void showsNoPersonalDataSoAuditsNothing() throws Exception {
    List<RequestView> all = List.of(r1, r2, r3, r4, r5);
    int before = auditLines(all);
    String body = calls.get("toegang-twente", "/api/v1/requests" + mine).body();
    String caseload = calls.get("toegang-twente", "/api/v1/caseload" + mine).body();
    for (RequestView r : all) {
      assertThat(body).contains(r.client().pseudonym());
      assertThat(body + caseload)
          .doesNotContain(String.valueOf(r.client().bsn()))
          .doesNotContain(String.valueOf(r.client().name()));
    }
    assertThat(auditLines(all)).isEqualTo(before);
  }

  private int auditLines(List<RequestView> shown) {
    int lines = 0;
    for (RequestView r : shown) {
      UUID client = clients.findByPseudonym(r.client().pseudonym()).orElseThrow().id();
      lines += clients.auditLog(client, 10_000).size();
    }
    return lines;
  }

  // ---- the caseload ----

  @Test
  void theCaseloadIsTheRequestsInInvestigationOldestFirstWithTheirDeadline() throws Exception {
    JsonNode page = calls.page("toegang-twente", "/api/v1/caseload" + mine + "&on=2025-04-01");
    assertThat(page.path("total").asLong()).isEqualTo(2);
    assertThat(column(page, "id")).containsExactly(id(r1), id(r2));
    JsonNode oldest = page.path("items").get(0);
    assertThat(oldest.path("receivedOn").asString()).isEqualTo("2025-03-03");
    assertThat(oldest.path("deadline").asString()).isEqualTo("2025-04-28");
    assertThat(oldest.path("deadlineRule").asString()).contains("8 weeks").contains("OP274");
    assertThat(oldest.path("daysWaiting").asLong()).isEqualTo(29);
    assertThat(oldest.path("daysLeft").asLong()).isEqualTo(27);
    assertThat(oldest.path("overdue").asBoolean()).isFalse();
    assertThat(oldest.path("clientPseudonym").asString()).isEqualTo(r1.client().pseudonym());

    JsonNode later = calls.page("toegang-twente", "/api/v1/caseload" + mine + "&on=2025-05-01");
    assertThat(later.path("items").get(0).path("daysLeft").asLong()).isEqualTo(-3);
    assertThat(later.path("items").get(0).path("overdue").asBoolean()).isTrue();
    assertThat(later.path("items").get(1).path("overdue").asBoolean()).isFalse();
  }

  @Test
  void theCaseloadFiltersSortsAndPages() throws Exception {
    assertThat(column(calls.page("admin", "/api/v1/caseload" + mine + "&municipality=0164"), "id"))
        .containsExactly(id(r2));
    assertThat(column(calls.page("admin", "/api/v1/caseload" + mine + "&product=45V01"), "id"))
        .isEmpty();
    assertThat(
            column(calls.page("admin", "/api/v1/caseload" + mine + "&sort=receivedOn,desc"), "id"))
        .containsExactly(id(r2), id(r1));
    JsonNode second = calls.page("admin", "/api/v1/caseload" + mine + "&size=1&page=1");
    assertThat(column(second, "id")).containsExactly(id(r2));
    assertThat(second.path("total").asLong()).isEqualTo(2);
    assertThat(errorFields(calls.get("admin", "/api/v1/caseload" + mine + "&sort=state")))
        .containsExactly("sort");
    assertThat(errorFields(calls.get("admin", "/api/v1/caseload?on=today&municipality=1")))
        .contains("on", "municipality");
  }

  @Test
  void theCaseloadIsTheAccessTeamsOnly() throws Exception {
    assertThat(calls.page("toegang-amersfoort", "/api/v1/caseload" + mine).path("total").asLong())
        .isZero();
    for (String other : List.of("aanbieder-1", "contract-twente", "beleid")) {
      HttpResponse<String> refused = calls.get(other, "/api/v1/caseload" + mine);
      assertThat(refused.statusCode()).as(other).isEqualTo(403);
      assertThat(refused.headers().firstValue("Content-Type").orElseThrow())
          .startsWith("application/problem+json");
    }
    var hengelo =
        lists.caseload(
            Actor.accessTeam("toegang-hengelo", Set.of("0164")),
            new CaseloadFilter(null, agb, null, null, null),
            PageRequest.first(),
            LocalDate.of(2025, 4, 1));
    assertThat(hengelo.items()).extracting(RequestList.CaseloadRow::id).containsExactly(r2.id());
  }

  @Test
  void theCaseloadAnswersAsCsv() throws Exception {
    HttpResponse<String> csv =
        calls.get("toegang-twente", "/api/v1/caseload" + mine + "&on=2025-04-01", "text/csv");
    assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
    List<String> lines = csv.body().lines().toList();
    assertThat(lines.getFirst())
        .startsWith("id,type,municipality,providerAgb,providerReference,clientPseudonym")
        .endsWith("receivedOn,deadline,deadlineRule,daysWaiting,daysLeft,overdue");
    assertThat(lines).hasSize(3);
    assertThat(lines.get(1))
        .startsWith(id(r1) + ",ALLOCATION,0153," + agb)
        .endsWith(",29,27,false");
  }

  /** The filters and the page are query parameters each, so a generated client can pass them. */
  @Test
  void theOpenApiDocumentListsEachQueryParameter() throws Exception {
    JsonNode api = calls.page("admin", "/v3/api-docs");
    for (String path : List.of("/api/v1/requests", "/api/v1/caseload", "/api/v1/allocations")) {
      List<String> names =
          api.path("paths")
              .path(path)
              .path("get")
              .path("parameters")
              .valueStream()
              .filter(p -> p.path("in").asString().equals("query"))
              .map(p -> p.path("name").asString())
              .toList();
      assertThat(names).as(path).contains("page", "size", "sort", "provider", "municipality");
    }
    assertThat(api.path("paths").path("/api/v1/requests").path("get").path("parameters").toString())
        .contains("receivedFrom")
        .contains("IN_INVESTIGATION");
  }

  private List<String> ids(String query) throws Exception {
    return column(calls.page("admin", "/api/v1/requests" + query), "id");
  }
}
