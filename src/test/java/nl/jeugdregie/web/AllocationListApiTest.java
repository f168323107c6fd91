package nl.jeugdregie.web;

import static nl.jeugdregie.web.ListCalls.column;
import static nl.jeugdregie.web.ListCalls.errorFields;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.jeugdregie.Jeugdregie;
import nl.jeugdregie.TestData;
import nl.jeugdregie.allocation.AllocationFilter;
import nl.jeugdregie.allocation.AllocationList;
import nl.jeugdregie.allocation.AllocationList.AllocationRow;
import nl.jeugdregie.allocation.Allocations;
import nl.jeugdregie.allocation.Requests;
import nl.jeugdregie.allocation.Views.AllocationRef;
import nl.jeugdregie.allocation.Views.RequestView;
import nl.jeugdregie.catalog.Contract;
import nl.jeugdregie.catalog.Providers;
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
 * The allocation list (issue 11) over HTTP: the provider's list of its own allocations, paging,
 * every filter (client pseudonym, municipality, provider, product, delivery state, ending between),
 * sort order and unknown keys, the scope of every role, and CSV. The data is three Twente
 * allocations of a fresh provider; every list is filtered by it.
 */
@SpringBootTest(
    classes = Jeugdregie.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AllocationListApiTest {

  @Value("${local.server.port}")
  int port;

  @Autowired Providers providers;
  @Autowired Requests requests;
  @Autowired Allocations allocations;
  @Autowired AllocationList lists;

  ListCalls calls = new ListCalls(0);
  String agb = "";
  String mine = "";

  /** Enschede 45B01 from 10 March to 31 December 2025, started. */
  RequestView a1;

  /** Hengelo 45B01 from 8 April to 30 September 2025. */
  RequestView a2;

  /** Enschede 45V01 from 8 May 2025 to 31 March 2026. */
  RequestView a3;

  @BeforeAll
  void threeTwenteAllocationsOfAFreshProvider() {
    calls = new ListCalls(port);
    agb = TestData.agb();
    mine = "?provider=" + agb;
    providers.register(agb, "Lijstzorg " + agb);
    providers.contract(new Contract(agb, "twente", "45", null, LocalDate.of(2020, 1, 1), null));
    a1 = submit("0153", LocalDate.of(2025, 3, 3), "45B01", 3000, LocalDate.of(2025, 12, 31));
    a2 = submit("0164", LocalDate.of(2025, 4, 1), "45B01", 3000, LocalDate.of(2025, 9, 30));
    a3 = submit("0153", LocalDate.of(2025, 5, 1), "45V01", 2000, LocalDate.of(2026, 3, 31));
    AllocationRef started = ref(a1);
    allocations.start(
        Actor.provider("lists", agb),
        started.municipality(),
        started.number(),
        LocalDate.of(2025, 3, 10),
        null);
  }

  private RequestView submit(
      String municipality, LocalDate received, String code, long minutes, LocalDate end) {
    RequestView view =
        ListCalls.submit(requests, agb, TestData.bsn(), municipality, received, code, minutes, end);
    assertThat(view.allocations()).as("allocated at once").hasSize(1);
    return view;
  }

  private static AllocationRef ref(RequestView request) {
    return request.allocations().getFirst();
  }

  private static String number(RequestView request) {
    return String.valueOf(ref(request).number());
  }

  private List<String> numbers(String query) throws Exception {
    return column(calls.page("admin", "/api/v1/allocations" + query), "number");
  }

  @Test
  void theProviderListsItsOwnAllocationsLatestStartFirst() throws Exception {
    var own =
        lists.list(Actor.provider("lists", agb), AllocationFilter.none(), PageRequest.first());
    assertThat(own.total()).isEqualTo(3);
    assertThat(own.items())
        .extracting(AllocationRow::number)
        .containsExactly(ref(a3).number(), ref(a2).number(), ref(a1).number());
    assertThat(own.items()).extracting(AllocationRow::providerAgb).containsOnly(agb);

    JsonNode page = calls.page("admin", "/api/v1/allocations" + mine);
    assertThat(page.path("total").asLong()).isEqualTo(3);
    JsonNode first = page.path("items").get(2);
    assertThat(first.path("municipality").asString()).isEqualTo("0153");
    assertThat(first.path("providerReference").asString()).isEqualTo(a1.providerReference());
    assertThat(first.path("requestId").asString()).isEqualTo(a1.id().toString());
    assertThat(first.path("clientPseudonym").asString()).isEqualTo(a1.client().pseudonym());
    assertThat(first.path("state").asString()).isEqualTo("STARTED");
    assertThat(first.path("start").asString()).isEqualTo("2025-03-10");
    assertThat(first.path("end").asString()).isEqualTo("2025-12-31");
    assertThat(first.path("volumeAmount").asLong()).isEqualTo(3000);
    assertThat(first.path("volumeUnit").asString()).isEqualTo("01");
    assertThat(first.path("version").asInt()).isEqualTo(1);
  }

  @Test
  void pagesThroughTheList() throws Exception {
    JsonNode second = calls.page("admin", "/api/v1/allocations" + mine + "&size=2&page=1");
    assertThat(second.path("total").asLong()).isEqualTo(3);
    assertThat(second.path("page").asInt()).isEqualTo(1);
    assertThat(column(second, "number")).containsExactly(number(a1));
  }

  @Test
  void filtersByEachField() throws Exception {
    assertThat(numbers(mine + "&client=" + a2.client().pseudonym())).containsExactly(number(a2));
    // the client filter alone finds the client's allocation at any provider in scope
    assertThat(numbers("?client=" + a2.client().pseudonym().toLowerCase(java.util.Locale.ROOT)))
        .containsExactly(number(a2));
    assertThat(numbers("?client=C-0000000000")).isEmpty();
    assertThat(numbers(mine + "&municipality=0164")).containsExactly(number(a2));
    assertThat(numbers(mine + "&product=45V01")).containsExactly(number(a3));
    assertThat(numbers(mine + "&category=45&product=45B01"))
        .containsExactly(number(a2), number(a1));
    assertThat(numbers(mine + "&state=STARTED")).containsExactly(number(a1));
    assertThat(numbers(mine + "&state=NOT_STARTED")).containsExactly(number(a3), number(a2));
    assertThat(numbers(mine + "&endingFrom=2025-09-01&endingTo=2025-12-31"))
        .containsExactly(number(a2), number(a1));
    assertThat(numbers(mine + "&endingFrom=2026-01-01")).containsExactly(number(a3));
    assertThat(numbers("?provider=" + TestData.agb())).isEmpty();
  }

  @Test
  void sortsByAWhitelistedKeyAndRefusesOthers() throws Exception {
    assertThat(numbers(mine + "&sort=end")).containsExactly(number(a2), number(a1), number(a3));
    assertThat(numbers(mine + "&sort=start,asc"))
        .containsExactly(number(a1), number(a2), number(a3));
    assertThat(errorFields(calls.get("admin", "/api/v1/allocations" + mine + "&sort=client")))
        .containsExactly("sort");
  }

  @Test
  void namesEveryWrongQueryParameterInOneAnswer() throws Exception {
    HttpResponse<String> bad =
        calls.get(
            "admin",
            "/api/v1/allocations?client=123456782&state=GONE&endingFrom=2025-12-31"
                + "&endingTo=2025-01-01&page=-1&sort=end,up");
    assertThat(errorFields(bad))
        .containsExactlyInAnyOrder("client", "state", "endingTo", "page", "sort");
    // a BSN given as client is refused, and not echoed back
    assertThat(bad.body()).doesNotContain("123456782");
  }

  @Test
  void everyRoleSeesItsOwnScope() throws Exception {
    assertThat(total("toegang-twente")).isEqualTo(3);
    assertThat(total("toegang-amersfoort")).isZero();
    assertThat(total("contract-twente")).isEqualTo(3);
    assertThat(total("contract-ijsselland")).isZero();
    assertThat(total("aanbieder-1")).isZero();
    assertThat(total("aanbieder-2")).isZero();
    for (JsonNode row : calls.page("aanbieder-2", "/api/v1/allocations?size=200").path("items")) {
      assertThat(row.path("providerAgb").asString()).isEqualTo(DemoAccounts.PROVIDER_2_AGB);
    }
    assertThat(calls.get("beleid", "/api/v1/allocations" + mine).statusCode()).isEqualTo(403);
    var hengelo =
        lists.list(
            Actor.accessTeam("toegang-hengelo", Set.of("0164")),
            new AllocationFilter(null, null, agb, null, null, null, null, null),
            PageRequest.first());
    assertThat(hengelo.items()).extracting(AllocationRow::number).containsExactly(ref(a2).number());
  }

  private long total(String user) throws Exception {
    return calls.page(user, "/api/v1/allocations" + mine).path("total").asLong();
  }

  @Test
  void answersAsCsvAndXlsx() throws Exception {
    HttpResponse<String> csv =
        calls.get("toegang-twente", "/api/v1/allocations" + mine + "&sort=end", "text/csv");
    assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("jeugdregie-allocations.csv");
    List<String> lines = csv.body().lines().toList();
    assertThat(lines.getFirst())
        .startsWith(
            "municipality,number,region,providerAgb,providerReference,requestId,clientPseudonym,"
                + "category,productCode,state,start,end,volumeAmount,volumeUnit,volumeFrequency");
    assertThat(lines).hasSize(4);
    assertThat(lines.get(2))
        .startsWith("0153," + number(a1) + ",twente," + agb + "," + a1.providerReference())
        .contains(",45,45B01,STARTED,2025-03-10,2025-12-31,3000,01,6,");
    HttpResponse<String> xlsx =
        calls.get("toegang-twente", "/api/v1/allocations" + mine + "&format=xlsx", "*/*");
    assertThat(xlsx.statusCode()).isEqualTo(200);
    assertThat(xlsx.headers().firstValue("Content-Type").orElseThrow())
        .startsWith(TableExport.XLSX_VALUE);
  }
}
