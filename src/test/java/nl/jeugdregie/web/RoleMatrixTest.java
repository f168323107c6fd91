package nl.jeugdregie.web;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import nl.jeugdregie.Jeugdregie;
import nl.jeugdregie.allocation.Allocations;
import nl.jeugdregie.allocation.RequestSubmission;
import nl.jeugdregie.allocation.Requests;
import nl.jeugdregie.allocation.Views.AllocationRef;
import nl.jeugdregie.allocation.Views.RequestView;
import nl.jeugdregie.catalog.Contract;
import nl.jeugdregie.catalog.Providers;
import nl.jeugdregie.clients.Address;
import nl.jeugdregie.clients.Clients;
import nl.jeugdregie.outbox.Outbox;
import nl.jeugdregie.outbox.OutboxEntry;
import nl.jeugdregie.shared.Actor;
import nl.jeugdregie.signals.SignalState;
import nl.jeugdregie.signals.Signals;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The role matrix: every endpoint the web module exposes, called over real HTTP by every demo
 * principal (and anonymously), with the exact status each one must get (docs/security.md). Allowed
 * is the specific 2xx; refused is 401 without sign-in, 403 when the role may never do it, 404 when
 * the role may but the object is outside its scope. Every refusal is a problem+json body. Cells
 * that change state get fresh data, so the order of the cells does not matter.
 */
@SpringBootTest(
    classes = Jeugdregie.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleMatrixTest {

  /**
   * The expected status per endpoint (rows) and principal (columns). Twente data throughout: a
   * request of aanbieder-1 (AGB 12345678) for a client in Enschede (0153).
   */
  private static final String MATRIX =
      """
      #                       anon  t-twe t-amf a-1   a-2   c-twe c-ijs beleid admin
      ME                      401   200   200   200   200   200   200   200   200
      POLICIES                200   200   200   200   200   200   200   200   200
      DECISIONS               200   200   200   200   200   200   200   200   200
      API_DOCS                200   200   200   200   200   200   200   200   200
      # Actuator: health and its probes open (details for admin only); every other endpoint is off
      HEALTH                  200   200   200   200   200   200   200   200   200
      HEALTH_LIVENESS         200   200   200   200   200   200   200   200   200
      HEALTH_READINESS        200   200   200   200   200   200   200   200   200
      ACTUATOR_ENV            401   404   404   404   404   404   404   404   404
      # a-2 submits under aanbieder-1's AGB; t-amf for a municipality it does not serve
      SUBMIT_REQUEST          401   201   403   201   403   403   403   403   201
      # DEFECT (fixed): c-twe got 200 with decisions[].judgedRequest.client.birthDate
      GET_REQUEST             401   200   404   200   404   200   404   403   200
      DECIDE_REQUEST          401   200   404   403   403   403   403   403   200
      REPLAY_REQUEST          401   200   404   200   404   200   404   403   200
      OVERDUE                 401   200   200   200   200   200   200   403   200
      # a-2 changes under aanbieder-1's AGB; t-amf for a municipality it does not serve
      SUBMIT_CHANGE           401   201   403   201   403   403   403   403   201
      GET_ALLOCATION          401   200   404   200   404   200   404   403   200
      START_DELIVERY          401   403   403   200   404   403   403   403   200
      STOP_DELIVERY           401   403   403   200   404   403   403   403   200
      # the municipality's own change (JZ002); a provider asks by change request instead
      CHANGE_ALLOCATION       401   200   404   403   403   403   403   403   200
      # DEFECT (fixed): every refusal here echoed the BSN in the problem's "instance"
      TIMELINE_BY_BSN         401   200   404   200   404   403   403   403   200
      TIMELINE_BY_PSEUDONYM   401   200   404   200   404   200   404   403   200
      AUDIT                   401   403   403   403   403   403   403   403   200
      OVERVIEW                401   403   403   403   403   200   200   200   200
      # declarations: the provider declares under its own AGB (admin too); payments in scope for all
      DECLARE                 401   403   403   200   403   403   403   403   200
      CHECK_DECLARATION       401   403   403   200   403   403   403   403   200
      # bulk (JSON Lines): other roles are refused before reading; a-2 gets 200 with the
      # declaration of aanbieder-1 answered REFUSED (NOT_PERMITTED) in its result line, nothing booked
      BULK_DECLARE            401   403   403   200   200   403   403   403   200
      PAYMENTS                401   200   200   200   200   200   200   200   200
      # money read back (issue 11): a booked declaration of aanbieder-1 in Enschede, 404 outside
      # scope as if unknown; the lists and the payment specification answer each its scope (an
      # empty one outside it); policy reads aggregates only (PAYMENTS), never a provider's lines
      DECLARATION             401   200   404   200   404   200   404   403   200
      DECLARATIONS            401   200   200   200   200   200   200   403   200
      PAYMENT_SPECIFICATION   401   200   200   200   200   200   200   403   200
      # the client search: the access team only (its own residents; t-amf finds none of Enschede)
      CLIENT_SEARCH           401   200   200   403   403   403   403   403   403
      RECONCILIATION          401   403   403   403   403   403   403   200   200
      # providers and contracts: registered by admin, readable by every signed-in role
      REGISTER_PROVIDER       401   403   403   403   403   403   403   403   201
      ADD_CONTRACT            401   403   403   403   403   403   403   403   201
      GET_PROVIDER            401   200   200   200   200   200   200   200   200
      # control (issue 13, R-IJS-11): policy, contract management (own region) and admin
      CONTROL_COSTS           401   403   403   403   403   200   200   200   200
      CONTROL_TRAFFIC_LIGHTS  401   403   403   403   403   200   200   200   200
      CONTROL_FINDINGS        401   403   403   403   403   200   200   200   200
      CONTROL_MEASUREMENTS    401   403   403   403   403   200   200   200   200
      # municipal budgets: set by contract management for its own region's municipalities (c-ijs
      # for Enschede: 403) or admin; read by contract management, policy and admin
      SET_BUDGET              401   403   403   403   403   200   403   403   200
      BUDGETS                 401   403   403   403   403   200   200   200   200
      BUDGET_USE              401   403   403   403   403   200   200   200   200
      WAITING_TIMES           401   403   403   403   403   200   200   200   200
      # R-TWE-6 availability: a provider reports its own (a-2 for aanbieder-1: 403); access teams
      # read their own region's (t-amf asks Twente: 403), providers their own reports
      REPORT_AVAILABILITY     401   403   403   200   403   403   403   403   200
      AVAILABILITY            401   200   403   200   200   200   403   200   200
      # signals in scope (no personal data in them); policy sees aggregates only. The signal acted
      # on is an overdue investigation of aanbieder-1's Enschede request: the access team's task,
      # so the provider (in scope) gets 403; contract managers never act on signals
      SIGNALS                 401   200   200   200   200   200   200   403   200
      ACKNOWLEDGE_SIGNAL      401   200   404   403   404   403   403   403   200
      SIGNAL_DONE             401   200   404   403   404   403   403   403   200
      # the BRP address for the JW301: the access team of the client's municipality, or admin
      SET_ADDRESS             401   204   404   403   403   403   403   403   204
      # the iJw outbox: each sees its own scope (providers their AGB, teams their municipalities);
      # a message of aanbieder-1 for an Enschede client
      OUTBOX                  401   200   200   200   200   403   403   403   200
      OUTBOX_MESSAGE          401   200   404   200   404   403   403   403   200
      # the StUF-GGk web service (SOAP): only the GGk connection, a technical admin account, delivers
      # envelopes (the call is a Fo01 error report of the GGk, taken with a Bv03); its WSDL for all
      GGK_RECEIVE             401   403   403   403   403   403   403   403   200
      GGK_WSDL                401   200   200   200   200   200   200   200   200
      # one raw iJw message (a JW305 of aanbieder-1 for the shared allocation): the provider under
      # its own AGB and the exchange (admin) send; the answer is the JW306 whatever it says
      IJW_MESSAGE             401   403   403   200   403   403   403   403   200
      # process rules: the provider's screening under its own AGB (R-IJS-4); the shared help plan
      # by a provider involved or the access team of the municipality (R-AAA-6); the referrer's
      # consultation before a stop as the stop itself (R-IJS-8); the crisis service's call-outs and
      # the crisis settlement for the region's contract manager and policy (R-IJS-7)
      SCREENING               401   403   403   201   403   403   403   403   201
      HELP_PLAN               401   403   403   201   404   403   403   403   201
      ENDING_CONSULTATION     401   403   403   200   404   403   403   403   200
      CALL_OUTS               401   403   403   201   403   403   403   403   201
      CRISIS_SETTLEMENT       401   403   403   403   403   403   200   200   200
      # the lists (issue 11): each role its own scope, no personal data in any row; the caseload
      # is for those who decide requests (access team, admin)
      REQUEST_LIST            401   200   200   200   200   200   200   403   200
      CASELOAD                401   200   200   403   403   403   403   403   200
      ALLOCATION_LIST         401   200   200   200   200   200   200   403   200
      # providers are organisations, listed for every signed-in role
      PROVIDER_LIST           401   200   200   200   200   200   200   200   200
      # what each problem type means: open, as a client reading a 401 is not signed in; Swagger UI
      # after sign-in, for every role (it calls the API as the one signed in)
      PROBLEM_TYPES           200   200   200   200   200   200   200   200   200
      PROBLEM_TYPE            200   200   200   200   200   200   200   200   200
      SWAGGER_UI              401   200   200   200   200   200   200   200   200
      """;

  /** The callers, in the order of the matrix columns. */
  enum Principal {
    ANONYMOUS(null),
    TOEGANG_TWENTE("toegang-twente"),
    TOEGANG_AMERSFOORT("toegang-amersfoort"),
    AANBIEDER_1("aanbieder-1"),
    AANBIEDER_2("aanbieder-2"),
    CONTRACT_TWENTE("contract-twente"),
    CONTRACT_IJSSELLAND("contract-ijsselland"),
    BELEID("beleid"),
    ADMIN("admin");

    final @Nullable String user;

    Principal(@Nullable String user) {
      this.user = user;
    }

    boolean contractManager() {
      return this == CONTRACT_TWENTE || this == CONTRACT_IJSSELLAND;
    }

    @Override
    public String toString() {
      return user == null ? "anonymous" : user;
    }
  }

  /**
   * Every endpoint: its method and path as mapped in the controllers ({@code false}: not our
   * controller, but the springdoc API description or Spring Boot Actuator).
   */
  enum Endpoint {
    ME("GET", "/api/v1/me"),
    POLICIES("GET", "/api/v1/policies"),
    DECISIONS("POST", "/api/v1/decisions"),
    API_DOCS("GET", "/v3/api-docs", false),
    HEALTH("GET", "/actuator/health", false),
    HEALTH_LIVENESS("GET", "/actuator/health/liveness", false),
    HEALTH_READINESS("GET", "/actuator/health/readiness", false),
    ACTUATOR_ENV("GET", "/actuator/env", false),
    SUBMIT_REQUEST("POST", "/api/v1/requests"),
    GET_REQUEST("GET", "/api/v1/requests/{id}"),
    DECIDE_REQUEST("POST", "/api/v1/requests/{id}/decision"),
    REPLAY_REQUEST("POST", "/api/v1/requests/{id}/replay"),
    OVERDUE("GET", "/api/v1/requests/overdue"),
    SUBMIT_CHANGE("POST", "/api/v1/change-requests"),
    GET_ALLOCATION("GET", "/api/v1/allocations/{municipality}/{number}"),
    START_DELIVERY("POST", "/api/v1/allocations/{municipality}/{number}/start"),
    STOP_DELIVERY("POST", "/api/v1/allocations/{municipality}/{number}/stop"),
    CHANGE_ALLOCATION("POST", "/api/v1/allocations/{municipality}/{number}/change"),
    TIMELINE_BY_BSN("GET", "/api/v1/clients/{key}/timeline"),
    TIMELINE_BY_PSEUDONYM("GET", "/api/v1/clients/{key}/timeline"),
    AUDIT("GET", "/api/v1/audit"),
    OVERVIEW("GET", "/api/v1/overview"),
    DECLARE("POST", "/api/v1/declarations"),
    CHECK_DECLARATION("POST", "/api/v1/declarations/check"),
    BULK_DECLARE("POST", "/api/v1/declarations/bulk"),
    PAYMENTS("GET", "/api/v1/payments"),
    DECLARATION("GET", "/api/v1/declarations/{id}"),
    DECLARATIONS("GET", "/api/v1/declarations"),
    PAYMENT_SPECIFICATION("GET", "/api/v1/payment-specifications"),
    CLIENT_SEARCH("GET", "/api/v1/clients"),
    RECONCILIATION("GET", "/api/v1/ledger/reconciliation"),
    REGISTER_PROVIDER("POST", "/api/v1/providers"),
    ADD_CONTRACT("POST", "/api/v1/providers/{agb}/contracts"),
    GET_PROVIDER("GET", "/api/v1/providers/{agb}"),
    SIGNALS("GET", "/api/v1/signals"),
    ACKNOWLEDGE_SIGNAL("POST", "/api/v1/signals/{id}/acknowledge"),
    SIGNAL_DONE("POST", "/api/v1/signals/{id}/done"),
    SET_ADDRESS("PUT", "/api/v1/clients/{pseudonym}/address"),
    OUTBOX("GET", "/api/v1/ijw/outbox"),
    OUTBOX_MESSAGE("GET", "/api/v1/ijw/outbox/{id}"),
    GGK_RECEIVE("POST", "/ggk/OntvangAsynchroon"),
    GGK_WSDL("GET", "/ggk/OntvangAsynchroon"),
    IJW_MESSAGE("POST", "/api/v1/ijw/messages"),
    SCREENING("POST", "/api/v1/screenings"),
    HELP_PLAN("POST", "/api/v1/help-plans"),
    ENDING_CONSULTATION("POST", "/api/v1/allocations/{municipality}/{number}/ending-consultation"),
    CALL_OUTS("POST", "/api/v1/crisis/call-outs"),
    CRISIS_SETTLEMENT("GET", "/api/v1/crisis/settlement"),
    REQUEST_LIST("GET", "/api/v1/requests"),
    CASELOAD("GET", "/api/v1/caseload"),
    ALLOCATION_LIST("GET", "/api/v1/allocations"),
    PROVIDER_LIST("GET", "/api/v1/providers"),
    CONTROL_COSTS("GET", "/api/v1/control/costs"),
    CONTROL_TRAFFIC_LIGHTS("GET", "/api/v1/control/traffic-lights"),
    CONTROL_FINDINGS("GET", "/api/v1/control/findings"),
    CONTROL_MEASUREMENTS("GET", "/api/v1/control/measurements"),
    SET_BUDGET("PUT", "/api/v1/control/budgets/{municipality}/{year}"),
    BUDGETS("GET", "/api/v1/control/budgets"),
    BUDGET_USE("GET", "/api/v1/control/budget-use"),
    WAITING_TIMES("GET", "/api/v1/control/waiting-times"),
    REPORT_AVAILABILITY("PUT", "/api/v1/control/availability/{region}/{product}"),
    AVAILABILITY("GET", "/api/v1/control/availability"),
    PROBLEM_TYPES("GET", "/problems"),
    PROBLEM_TYPE("GET", "/problems/{slug}"),
    SWAGGER_UI("GET", "/swagger-ui/index.html", false);

    final String method;
    final String mapping;
    final boolean ourController;

    Endpoint(String method, String mapping) {
      this(method, mapping, true);
    }

    Endpoint(String method, String mapping, boolean ourController) {
      this.method = method;
      this.mapping = mapping;
      this.ourController = ourController;
    }

    String key() {
      return method + " " + mapping;
    }
  }

  record Cell(Endpoint endpoint, Principal principal, int status) {}

  /** One HTTP call: method, concrete path, body (null: none) and its content type. */
  record Call(String method, String path, @Nullable String body, String contentType) {
    /** A JSON body (JSON Lines for the bulk declarations). */
    Call(String method, String path, @Nullable String body) {
      this(
          method, path, body, path.endsWith("/bulk") ? "application/x-ndjson" : "application/json");
    }
  }

  /** A Twente request of aanbieder-1 with the client it is for. */
  record Case(RequestView request, String bsn, String name) {
    AllocationRef allocation() {
      return request.allocations().getFirst();
    }

    String pseudonym() {
      return request.client().pseudonym();
    }
  }

  static final String PROVIDER_1 = DemoAccounts.PROVIDER_1_AGB;
  static final String PROVIDER_2 = DemoAccounts.PROVIDER_2_AGB;
  static final String BIRTH_DATE = "2014-05-01";
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Actor AANBIEDER_1 = Actor.provider("aanbieder-1", PROVIDER_1);
  private static final Actor ADMIN_ACTOR = Actor.admin("role-matrix");

  @Value("${local.server.port}")
  int port;

  @Autowired Providers providers;
  @Autowired Requests requests;
  @Autowired Allocations allocations;
  @Autowired Signals signals;
  @Autowired Clients clients;
  @Autowired Outbox outbox;

  private final HttpClient http = HttpClient.newHttpClient();

  /** Read-only cells share this approved request (with its allocation). */
  private @Nullable Case shared;

  /** A declaration of aanbieder-1 on the shared allocation, booked on first use. */
  private @Nullable UUID sharedDeclaration;

  @Autowired nl.jeugdregie.billing.Declarations declarations;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient db;

  @BeforeAll
  void providersWithTwenteContracts() {
    for (String agb : List.of(PROVIDER_1, PROVIDER_2)) {
      providers.register(agb, "Zorgaanbieder " + agb);
      providers.contract(new Contract(agb, "twente", "45", null, LocalDate.of(2020, 1, 1), null));
    }
    shared = twenteCase(3000);
  }

  static Stream<Arguments> cells() {
    return matrix().stream().map(c -> Arguments.of(c.endpoint(), c.principal(), c.status()));
  }

  static List<Cell> matrix() {
    List<Cell> cells = new ArrayList<>();
    for (String line : MATRIX.strip().split("\n")) {
      String row = line.strip();
      if (row.isEmpty() || row.startsWith("#")) continue;
      String[] columns = row.split("\\s+");
      Endpoint endpoint = Endpoint.valueOf(columns[0]);
      Principal[] principals = Principal.values();
      assertThat(columns).as("row %s has a status per principal", endpoint).hasSize(1 + 9);
      for (int i = 0; i < principals.length; i++) {
        cells.add(new Cell(endpoint, principals[i], Integer.parseInt(columns[1 + i])));
      }
    }
    return cells;
  }

  @ParameterizedTest(name = "{0} by {1} -> {2}")
  @MethodSource("cells")
  void answersEveryPrincipalOnEveryEndpoint(Endpoint endpoint, Principal principal, int expected)
      throws Exception {
    Case data = requireNonNull(shared);
    Call call = call(endpoint, data);
    HttpResponse<String> response = send(call, principal);

    assertThat(response.statusCode())
        .as("%s %s by %s: %s", call.method(), call.path(), principal, response.body())
        .isEqualTo(expected);
    if (expected >= 400) {
      assertThat(response.headers().firstValue("Content-Type"))
          .as("refusal of %s to %s is a problem", endpoint, principal)
          .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
      assertThat(response.body()).contains("\"title\"").contains("\"status\"");
      assertNoPersonalData(response.body(), data);
      return;
    }
    switch (endpoint) {
      case GET_REQUEST, GET_ALLOCATION, TIMELINE_BY_BSN, TIMELINE_BY_PSEUDONYM -> {
        JsonNode client = JSON.readTree(response.body()).path("client");
        assertThat(client.path("pseudonym").asString()).isEqualTo(data.pseudonym());
        if (principal.contractManager()) {
          assertThat(client.has("bsn")).as("bsn for %s", principal).isFalse();
          assertThat(client.has("name")).as("name for %s", principal).isFalse();
          assertThat(client.has("birthDate")).as("birth date for %s", principal).isFalse();
          assertNoPersonalData(response.body(), data);
        } else {
          assertThat(client.path("bsn").asString()).isEqualTo(data.bsn());
          assertThat(client.path("name").asString()).isEqualTo(data.name());
        }
      }
      case HEALTH -> {
        JsonNode health = JSON.readTree(response.body());
        assertThat(health.path("status").asString()).isEqualTo("UP");
        assertThat(health.has("components"))
            .as("health components for %s", principal)
            .isEqualTo(principal == Principal.ADMIN);
        if (principal == Principal.ADMIN) {
          assertThat(health.path("components").path("db").has("details")).isTrue();
        }
      }
      case HEALTH_LIVENESS, HEALTH_READINESS ->
          assertThat(JSON.readTree(response.body()).path("status").asString()).isEqualTo("UP");
      case DECLARATION, DECLARATIONS, PAYMENT_SPECIFICATION ->
          assertNoPersonalData(response.body(), data); // money answers name pseudonyms only
      case CLIENT_SEARCH -> {
        JsonNode found = JSON.readTree(response.body()).path("items");
        if (principal == Principal.TOEGANG_TWENTE) {
          assertThat(found.get(0).path("bsn").asString()).isEqualTo(data.bsn());
        } else {
          assertThat(found).as("t-amf finds no Enschede client").isEmpty();
        }
      }
      case REPLAY_REQUEST, OVERDUE -> {
        if (principal.contractManager()) assertNoPersonalData(response.body(), data);
      }
      case REQUEST_LIST, CASELOAD -> assertNoPersonalData(response.body(), data);
      case ALLOCATION_LIST -> {
        // the shared case's allocation, by its client's pseudonym, for those whose scope has it
        assertNoPersonalData(response.body(), data);
        boolean inScope =
            switch (principal) {
              case TOEGANG_TWENTE, AANBIEDER_1, CONTRACT_TWENTE, ADMIN -> true;
              default -> false;
            };
        assertThat(JSON.readTree(response.body()).path("total").asLong())
            .as("the shared allocation for %s", principal)
            .isEqualTo(inScope ? 1 : 0);
      }
      case SIGNALS -> {
        assertNoPersonalData(response.body(), data);
        if (principal.contractManager()) {
          String region = principal == Principal.CONTRACT_TWENTE ? "twente" : "ijsselland";
          for (JsonNode signal : JSON.readTree(response.body())) {
            assertThat(signal.path("region").asString()).isEqualTo(region);
          }
        }
      }
      case OVERVIEW -> {
        if (principal.contractManager()) {
          String region = principal == Principal.CONTRACT_TWENTE ? "twente" : "ijsselland";
          for (JsonNode figures : JSON.readTree(response.body()).path("regions")) {
            assertThat(figures.path("region").asString()).isEqualTo(region);
          }
        }
      }
      default -> {}
    }
  }

  /** No BSN, name or birth date of the shared client anywhere in the body. */
  private static void assertNoPersonalData(String body, Case data) {
    assertThat(body).doesNotContain(data.bsn()).doesNotContain(data.name());
    assertThat(body).as("birth date").doesNotContain(BIRTH_DATE);
  }

  @Test
  void hasAStatusForEveryEndpointAndEveryPrincipal() {
    List<Cell> cells = matrix();
    assertThat(cells).hasSize(Endpoint.values().length * Principal.values().length);
    assertThat(cells.stream().map(Cell::endpoint).distinct())
        .containsExactlyInAnyOrder(Endpoint.values());
  }

  /**
   * Fails when a controller of the web module maps an endpoint the matrix does not have (add a
   * row), or the matrix has a row no controller maps any more.
   */
  @Test
  void coversEveryMappingOfTheWebControllers() throws Exception {
    Set<String> mapped = new TreeSet<>();
    ClassPathScanningCandidateComponentProvider scanner =
        new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(
        new org.springframework.core.type.filter.AnnotationTypeFilter(Controller.class));
    Set<BeanDefinition> controllers = scanner.findCandidateComponents("nl.jeugdregie.web");
    assertThat(controllers).isNotEmpty();
    for (BeanDefinition definition : controllers) {
      Class<?> controller = Class.forName(requireNonNull(definition.getBeanClassName()));
      if (testCode(controller)) continue; // e.g. OidcApiTest's own refusing endpoint
      RequestMapping base =
          AnnotatedElementUtils.findMergedAnnotation(controller, RequestMapping.class);
      String[] prefixes = base == null || base.path().length == 0 ? new String[] {""} : base.path();
      for (Method method : controller.getDeclaredMethods()) {
        RequestMapping mapping =
            AnnotatedElementUtils.findMergedAnnotation(method, RequestMapping.class);
        if (mapping == null) continue;
        String[] paths = mapping.path().length == 0 ? new String[] {""} : mapping.path();
        RequestMethod[] verbs = mapping.method();
        assertThat(verbs)
            .as("%s.%s names its HTTP method", controller.getSimpleName(), method.getName())
            .isNotEmpty();
        for (String prefix : prefixes) {
          for (String path : paths) {
            for (RequestMethod verb : verbs) {
              String full = prefix + (path.isEmpty() || path.startsWith("/") ? path : "/" + path);
              mapped.add(verb.name() + " " + full);
            }
          }
        }
      }
    }
    Set<String> inMatrix = new TreeSet<>();
    for (Endpoint endpoint : Endpoint.values()) {
      if (endpoint.ourController) inMatrix.add(endpoint.key());
    }
    assertThat(inMatrix).as("endpoints in the role matrix").isEqualTo(mapped);
  }

  private static boolean testCode(Class<?> type) {
    var source = type.getProtectionDomain().getCodeSource();
    return source != null && source.getLocation().getPath().contains("/test-classes/");
  }

  // ---- the calls ----

  private Call call(Endpoint endpoint, Case data) throws InterruptedException {
    String request = "/api/v1/requests/" + data.request().id();
    AllocationRef ref = data.allocation();
    return switch (endpoint) {
      case ME -> new Call("GET", "/api/v1/me", null);
      case HEALTH -> new Call("GET", "/actuator/health", null);
      case HEALTH_LIVENESS -> new Call("GET", "/actuator/health/liveness", null);
      case HEALTH_READINESS -> new Call("GET", "/actuator/health/readiness", null);
      case ACTUATOR_ENV -> new Call("GET", "/actuator/env", null);
      case POLICIES -> new Call("GET", "/api/v1/policies", null);
      case DECISIONS -> new Call("POST", "/api/v1/decisions?policy=twente", twenteRequest(7000));
      case API_DOCS -> new Call("GET", "/v3/api-docs", null);
      case SUBMIT_REQUEST ->
          new Call("POST", "/api/v1/requests", submission(bsn(), PROVIDER_1, 3000).toString());
      case GET_REQUEST -> new Call("GET", request, null);
      case DECIDE_REQUEST ->
          new Call(
              "POST",
              "/api/v1/requests/" + twenteCase(7000).request().id() + "/decision",
              "{\"outcome\": \"APPROVE\", \"note\": \"role matrix\"}");
      case REPLAY_REQUEST -> new Call("POST", request + "/replay?policy=twente", null);
      case OVERDUE -> new Call("GET", "/api/v1/requests/overdue", null);
      case SUBMIT_CHANGE -> {
        Case fresh = twenteCase(3000);
        yield new Call("POST", "/api/v1/change-requests", change(fresh));
      }
      case GET_ALLOCATION -> new Call("GET", allocation(ref), null);
      case START_DELIVERY ->
          new Call(
              "POST",
              allocation(twenteCase(3000).allocation()) + "/start",
              "{\"date\": \"2025-03-10\"}");
      case STOP_DELIVERY -> {
        AllocationRef started = twenteCase(3000).allocation();
        allocations.start(
            AANBIEDER_1, started.municipality(), started.number(), LocalDate.of(2025, 3, 10), null);
        yield new Call(
            "POST",
            allocation(started) + "/stop",
            "{\"date\": \"2025-12-31\", \"reason\": \"31\"}");
      }
      case CHANGE_ALLOCATION ->
          new Call(
              "POST",
              allocation(twenteCase(3000).allocation()) + "/change",
              "{\"reason\": \"05\", \"end\": \"2025-11-30\", \"providerConsent\": true}");
      case TIMELINE_BY_BSN -> new Call("GET", "/api/v1/clients/" + data.bsn() + "/timeline", null);
      case TIMELINE_BY_PSEUDONYM ->
          new Call("GET", "/api/v1/clients/" + data.pseudonym() + "/timeline", null);
      case AUDIT -> new Call("GET", "/api/v1/audit", null);
      case OVERVIEW -> new Call("GET", "/api/v1/overview", null);
      case DECLARE -> new Call("POST", "/api/v1/declarations", declaration(data));
      case CHECK_DECLARATION -> new Call("POST", "/api/v1/declarations/check", declaration(data));
      case BULK_DECLARE ->
          new Call(
              "POST",
              "/api/v1/declarations/bulk",
              declaration(data).strip().replace("\n", " ") + "\n");
      case PAYMENTS -> new Call("GET", "/api/v1/payments?month=2025-03", null);
      case DECLARATION -> new Call("GET", "/api/v1/declarations/" + sharedDeclaration(data), null);
      case DECLARATIONS -> new Call("GET", "/api/v1/declarations?month=2025-03", null);
      case PAYMENT_SPECIFICATION ->
          new Call(
              "GET",
              "/api/v1/payment-specifications?provider=" + PROVIDER_1 + "&month=2025-03",
              null);
      case CLIENT_SEARCH -> new Call("GET", "/api/v1/clients?pseudonym=" + data.pseudonym(), null);
      case RECONCILIATION -> new Call("GET", "/api/v1/ledger/reconciliation", null);
      case REGISTER_PROVIDER ->
          new Call(
              "POST",
              "/api/v1/providers",
              "{\"agb\": \"" + freshAgb() + "\", \"name\": \"Matrix zorg\"}");
      case ADD_CONTRACT ->
          new Call(
              "POST",
              "/api/v1/providers/" + PROVIDER_1 + "/contracts",
              "{\"region\": \"twente\", \"category\": \"45\", \"productCode\": \"45B01\","
                  + " \"validFrom\": \"2025-01-01\"}");
      case GET_PROVIDER -> new Call("GET", "/api/v1/providers/" + PROVIDER_1, null);
      case SIGNALS -> new Call("GET", "/api/v1/signals", null);
      case ACKNOWLEDGE_SIGNAL ->
          new Call("POST", "/api/v1/signals/" + overdueSignal() + "/acknowledge", null);
      case SIGNAL_DONE -> new Call("POST", "/api/v1/signals/" + overdueSignal() + "/done", null);
      case SET_ADDRESS ->
          new Call(
              "PUT",
              "/api/v1/clients/" + twenteCase(3000).pseudonym() + "/address",
              "{\"street\": \"Oude Markt\", \"houseNumber\": 12, \"postcode\": \"7511 GB\","
                  + " \"city\": \"Enschede\", \"gender\": \"2\"}");
      case OUTBOX -> new Call("GET", "/api/v1/ijw/outbox", null);
      case OUTBOX_MESSAGE -> new Call("GET", "/api/v1/ijw/outbox/" + waitingJw301(), null);
      case GGK_RECEIVE ->
          new Call("POST", "/ggk/OntvangAsynchroon", ggkFo01(), "text/xml; charset=utf-8");
      case GGK_WSDL -> new Call("GET", "/ggk/OntvangAsynchroon?wsdl", null);
      case IJW_MESSAGE ->
          new Call("POST", "/api/v1/ijw/messages", startMessage(data), "application/xml");
      case SCREENING ->
          new Call(
              "POST",
              "/api/v1/screenings",
              "{\"clientBsn\": \""
                  + bsn()
                  + "\", \"clientBirthDate\": \"2012-01-01\", \"municipality\": \"0193\","
                  + " \"providerAgb\": \""
                  + PROVIDER_1
                  + "\", \"screenedOn\": \"2025-02-27\", \"outcome\": \"ACCEPTED\"}");
      case HELP_PLAN ->
          new Call(
              "POST",
              "/api/v1/help-plans",
              "{\"clientBsn\": \""
                  + data.bsn()
                  + "\", \"municipality\": \"0362\", \"mainContractorAgb\": \""
                  + PROVIDER_1
                  + "\", \"reference\": \"HP-1\", \"results\": [\"back at school\"]}");
      case ENDING_CONSULTATION ->
          new Call(
              "POST",
              allocation(ref) + "/ending-consultation",
              "{\"consultedOn\": \"2025-06-02\"}");
      case CALL_OUTS ->
          new Call(
              "POST",
              "/api/v1/crisis/call-outs",
              "{\"providerAgb\": \""
                  + PROVIDER_1
                  + "\", \"municipality\": \"0193\", \"date\": \""
                  + LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).minusDays(1)
                  + "\", \"callOuts\": 1}");
      case CRISIS_SETTLEMENT ->
          new Call("GET", "/api/v1/crisis/settlement?region=ijsselland&month=2025-06", null);
      case REQUEST_LIST ->
          new Call("GET", "/api/v1/requests?municipality=0153&receivedFrom=2025-03-03", null);
      case CASELOAD -> new Call("GET", "/api/v1/caseload?municipality=0153", null);
      case ALLOCATION_LIST ->
          new Call("GET", "/api/v1/allocations?client=" + data.pseudonym(), null);
      case PROVIDER_LIST -> new Call("GET", "/api/v1/providers?category=45", null);
      case CONTROL_COSTS -> new Call("GET", "/api/v1/control/costs?period=year", null);
      case CONTROL_TRAFFIC_LIGHTS -> new Call("GET", "/api/v1/control/traffic-lights", null);
      case CONTROL_FINDINGS -> new Call("GET", "/api/v1/control/findings", null);
      case CONTROL_MEASUREMENTS -> new Call("GET", "/api/v1/control/measurements?year=2025", null);
      case SET_BUDGET ->
          new Call("PUT", "/api/v1/control/budgets/0153/2026", "{\"amountCents\": 100000000}");
      case BUDGETS -> new Call("GET", "/api/v1/control/budgets?year=2026", null);
      case BUDGET_USE -> new Call("GET", "/api/v1/control/budget-use?year=2026", null);
      case WAITING_TIMES -> new Call("GET", "/api/v1/control/waiting-times", null);
      case REPORT_AVAILABILITY ->
          new Call(
              "PUT",
              "/api/v1/control/availability/twente/45B01",
              "{\"freePlaces\": 2, \"waitingWeeks\": 0, \"provider\": \"" + PROVIDER_1 + "\"}");
      case AVAILABILITY -> new Call("GET", "/api/v1/control/availability?region=twente", null);
      case PROBLEM_TYPES -> new Call("GET", "/problems", null);
      case PROBLEM_TYPE -> new Call("GET", "/problems/not-permitted", null);
      case SWAGGER_UI -> new Call("GET", "/swagger-ui/index.html", null);
    };
  }

  /** A JW301 of aanbieder-1 for a fresh Enschede client with an address, once it is made. */
  private UUID waitingJw301() throws InterruptedException {
    String pseudonym = twenteCase(3000).pseudonym();
    clients.setAddress(
        ADMIN_ACTOR,
        pseudonym,
        new Address("Oude Markt", 12, null, null, "7511GB", "Enschede"),
        null,
        "role matrix");
    LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"));
    for (int i = 0; i < 600; i++) {
      for (OutboxEntry entry : outbox.list(ADMIN_ACTOR, today)) {
        if (pseudonym.equals(entry.clientPseudonym()) && entry.state().equals("WAITING")) {
          return entry.id();
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no JW301 for " + pseudonym + " in the outbox after 60 s");
  }

  /**
   * A fresh request of aanbieder-1 in investigation since March 2025, so overdue today (iJw OP274):
   * its signal, for the Twente access team.
   */
  private UUID overdueSignal() {
    RequestView request = twenteCase(7000).request();
    signals.recompute(request.id(), LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")));
    return signals.list(ADMIN_ACTOR, SignalState.OPEN, null).stream()
        .filter(s -> s.subject().equals(request.id()))
        .findFirst()
        .orElseThrow()
        .id();
  }

  /**
   * A Fo01 of the GGk in a SOAP message: the GGk reports an error on an envelope of ours (one it
   * does not know here); it is kept and taken with a Bv03.
   */
  /** A JW305 of aanbieder-1 starting the shared allocation, under a fresh identification. */
  private static String startMessage(Case data) {
    String today = LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).toString();
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <jw305:Bericht xmlns:ijw="http://www.istandaarden.nl/ijw/3_2/basisschema/schema"
            xmlns:jw305="http://www.istandaarden.nl/ijw/3_2/jw305/schema">
          <jw305:Header>
            <jw305:BerichtCode>438</jw305:BerichtCode>
            <jw305:BerichtVersie>3</jw305:BerichtVersie>
            <jw305:BerichtSubversie>2</jw305:BerichtSubversie>
            <jw305:Afzender>%s</jw305:Afzender>
            <jw305:Ontvanger>0153</jw305:Ontvanger>
            <jw305:BerichtIdentificatie>
              <ijw:Identificatie>%s</ijw:Identificatie>
              <ijw:Dagtekening>%s</ijw:Dagtekening>
            </jw305:BerichtIdentificatie>
            <jw305:XsdVersie>
              <ijw:BasisschemaXsdVersie>1.0.0</ijw:BasisschemaXsdVersie>
              <ijw:BerichtXsdVersie>1.0.0</ijw:BerichtXsdVersie>
            </jw305:XsdVersie>
          </jw305:Header>
          <jw305:Client>
            <jw305:Bsn>%s</jw305:Bsn>
            <jw305:Geboortedatum><ijw:Datum>%s</ijw:Datum></jw305:Geboortedatum>
            <jw305:Geslacht>0</jw305:Geslacht>
            <jw305:Naam><ijw:Geslachtsnaam><ijw:Achternaam>Wit</ijw:Achternaam></ijw:Geslachtsnaam></jw305:Naam>
            <jw305:StartProducten>
              <jw305:StartProduct>
                <jw305:ToewijzingNummer>%d</jw305:ToewijzingNummer>
                <jw305:Product><ijw:Categorie>45</ijw:Categorie><ijw:Code>45B01</ijw:Code></jw305:Product>
                <jw305:Begindatum>%s</jw305:Begindatum>
                <jw305:StatusAanlevering>1</jw305:StatusAanlevering>
              </jw305:StartProduct>
            </jw305:StartProducten>
          </jw305:Client>
        </jw305:Bericht>
        """
        .formatted(
            PROVIDER_1,
            "RM" + ThreadLocalRandom.current().nextLong(1_000_000_000L),
            today,
            data.bsn(),
            BIRTH_DATE,
            data.allocation().number(),
            today)
        .strip();
  }

  private static String ggkFo01() {
    return """
        <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"
                       xmlns:StUF="http://www.egem.nl/StUF/StUF0301">
          <soap:Body><StUF:Fo01Bericht>
            <StUF:stuurgegevens>
              <StUF:berichtcode>Fo01</StUF:berichtcode>
              <StUF:zender><StUF:organisatie>BIDN</StUF:organisatie>
                <StUF:applicatie>GGk</StUF:applicatie></StUF:zender>
              <StUF:ontvanger><StUF:organisatie>0153</StUF:organisatie>
                <StUF:applicatie>jeugdregie</StUF:applicatie></StUF:ontvanger>
              <StUF:referentienummer>%s</StUF:referentienummer>
              <StUF:tijdstipBericht>20261130120000</StUF:tijdstipBericht>
              <StUF:crossRefnummer>%s</StUF:crossRefnummer>
            </StUF:stuurgegevens>
            <StUF:body><StUF:code>IB010</StUF:code><StUF:plek>server</StUF:plek>
              <StUF:omschrijving>Geadresseerde niet aangesloten</StUF:omschrijving></StUF:body>
          </StUF:Fo01Bericht></soap:Body>
        </soap:Envelope>
        """
        .formatted(UUID.randomUUID(), UUID.randomUUID());
  }

  private UUID sharedDeclaration(Case data) {
    if (sharedDeclaration == null) {
      String body = declaration(data);
      declarations.submit(
          AANBIEDER_1, nl.jeugdregie.billing.DeclarationSubmission.parse(JSON.readTree(body)));
      sharedDeclaration =
          db.sql("select id from billing.declaration where provider_agb = :agb and number = :n")
              .param("agb", PROVIDER_1)
              .param("n", JSON.readTree(body).path("number").asString())
              .query(UUID.class)
              .single();
    }
    return sharedDeclaration;
  }

  /** A declaration of aanbieder-1 with one March line on the shared case's allocation. */
  private static String declaration(Case data) {
    String number = "M" + java.util.concurrent.ThreadLocalRandom.current().nextInt(100_000_000);
    return """
        {"providerAgb": "%s", "number": "%s", "municipality": "0153", "period": "2025-03",
         "receivedOn": "2025-04-02", "clients": [{"bsn": "%s", "lines": [
           {"reference": "%s", "debitCredit": "D", "allocationNumber": %d,
            "product": {"category": "45", "code": "45B01"},
            "productPeriod": {"start": "2025-03-10", "end": "2025-03-31"},
            "volume": {"amount": 10, "unit": "01"}, "tariffCents": 205, "amountCents": 2050}]}]}
        """
        .formatted(PROVIDER_1, number, data.bsn(), number, data.allocation().number());
  }

  private static String allocation(AllocationRef ref) {
    return "/api/v1/allocations/" + ref.municipality() + "/" + ref.number();
  }

  private HttpResponse<String> send(Call call, Principal principal) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + call.path()));
    String body = call.body();
    if (body == null) {
      request.method(call.method(), HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", call.contentType())
          .method(call.method(), HttpRequest.BodyPublishers.ofString(body));
    }
    if (principal.user != null) {
      String credentials = principal.user + ":" + DemoAccounts.PASSWORD;
      request.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  // ---- the data ----

  /**
   * A fresh Twente request of aanbieder-1 for a fresh client: 7000 minutes goes to investigation
   * (R-TWE-2), 3000 is approved with an allocation.
   */
  private Case twenteCase(long minutes) {
    String bsn = bsn();
    ObjectNode body = submission(bsn, PROVIDER_1, minutes);
    RequestView view = requests.submit(AANBIEDER_1, RequestSubmission.parse(body));
    assertThat(view.state().name()).isEqualTo(minutes > 6000 ? "IN_INVESTIGATION" : "APPROVED");
    return new Case(view, bsn, body.path("clientName").asString());
  }

  private static String twenteRequest(long minutes) {
    return """
        {"kind": "INITIAL", "receivedOn": "2025-03-03", "municipality": "0153",
         "client": {"birthDate": "%s"},
         "referrer": {"type": "02", "letterDate": "2025-02-01"},
         "product": {"category": "45", "code": "45B01"},
         "period": {"start": "2025-03-10", "end": "2025-12-31"},
         "volume": {"amount": %d, "unit": "01", "frequency": "6"}}
        """
        .formatted(BIRTH_DATE, minutes);
  }

  private static ObjectNode submission(String bsn, String agb, long minutes) {
    ObjectNode body = (ObjectNode) JSON.readTree(twenteRequest(minutes));
    body.put("clientBsn", bsn);
    body.put("clientName", "Matrix Kind " + ThreadLocalRandom.current().nextInt(100_000, 999_999));
    body.put("providerAgb", agb);
    body.put("providerReference", reference());
    return body;
  }

  /** A change request (VOW) of aanbieder-1 raising the volume of the case's allocation. */
  private static String change(Case data) {
    ObjectNode body =
        (ObjectNode)
            JSON.readTree(
                """
                {"municipality": "0153", "receivedOn": "2025-06-02", "reason": 2,
                 "change": [{"number": %d, "desiredStart": "2025-03-10",
                             "volume": {"amount": 4000, "unit": "01", "frequency": "6"}}]}
                """
                    .formatted(data.allocation().number()));
    body.put("clientBsn", data.bsn());
    body.put("providerAgb", PROVIDER_1);
    body.put("providerReference", reference());
    return body.toString();
  }

  private static String reference() {
    return "M-" + ThreadLocalRandom.current().nextLong(1L << 40);
  }

  /** A random BSN that passes the 11-proef. */
  private static String freshAgb() {
    return String.valueOf(
        java.util.concurrent.ThreadLocalRandom.current().nextLong(20_000_000L, 99_999_999L));
  }

  private static String bsn() {
    return nl.jeugdregie.TestData.bsn();
  }
}
