package nl.jeugdregie.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import nl.jeugdregie.Jeugdregie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI description documents every endpoint, its errors as problem details with stable type
 * URIs and the Idempotency-Key header, and none of the server-side plumbing; Swagger UI shows it
 * after sign-in (issue 11).
 */
@SpringBootTest(
    classes = Jeugdregie.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenApiTest {

  @Value("${local.server.port}")
  int port;

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private HttpResponse<String> get(String path, String... headers) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    if (headers.length > 0) request.headers(headers);
    return HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NORMAL)
        .build()
        .send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private JsonNode apiDocs() throws Exception {
    HttpResponse<String> response = get("/v3/api-docs");
    assertThat(response.statusCode()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  @Test
  void everyOperationDocumentsItsErrorsAsProblemDetails() throws Exception {
    JsonNode docs = apiDocs();
    JsonNode problem = docs.path("components").path("schemas").path("Problem").path("properties");
    for (String property : List.of("type", "title", "status", "detail", "field", "errors")) {
      assertThat(problem.has(property)).as(property).isTrue();
    }
    List<String> checked = new ArrayList<>();
    docs.path("paths")
        .properties()
        .forEach(
            path ->
                path.getValue()
                    .properties()
                    .forEach(
                        op -> {
                          String where = op.getKey() + " " + path.getKey();
                          JsonNode responses = op.getValue().path("responses");
                          List<String> expected = new ArrayList<>(List.of("400"));
                          boolean open =
                              SecurityConfiguration.OPEN_API_PATHS.contains(path.getKey());
                          if (!open) expected.addAll(List.of("401", "403"));
                          if (path.getKey().contains("{")) expected.add("404");
                          if (!op.getKey().equals("get")) expected.addAll(List.of("409", "422"));
                          for (String status : expected) {
                            assertThat(
                                    responses
                                        .path(status)
                                        .path("content")
                                        .path("application/problem+json")
                                        .path("schema")
                                        .path("$ref")
                                        .asString(""))
                                .as(where + " " + status)
                                .isEqualTo("#/components/schemas/Problem");
                          }
                          checked.add(where);
                        }));
    assertThat(checked).contains("post /api/v1/requests", "get /api/v1/requests/{id}");
    JsonNode submit = docs.path("paths").path("/api/v1/requests").path("post");
    assertThat(submit.path("responses").path("422").path("description").asString())
        .contains("/problems/refused-by-route");
    assertThat(submit.path("parameters").toString())
        .contains("\"name\":\"Idempotency-Key\"")
        .contains("\"in\":\"header\"");
    // the bulk declarations are idempotent by their numbers, not by the header
    assertThat(
            docs.path("paths")
                .path("/api/v1/declarations/bulk")
                .path("post")
                .path("parameters")
                .toString())
        .doesNotContain("Idempotency-Key");
  }

  @Test
  void everyErrorNamesItsKindByAStableTypeUriThatSaysWhatItMeans() throws Exception {
    HttpResponse<String> unsigned = get("/api/v1/me");
    assertThat(unsigned.statusCode()).isEqualTo(401);
    String type = JSON.readTree(unsigned.body()).path("type").asString();
    assertThat(type).isEqualTo("/problems/sign-in-required");

    JsonNode kind = JSON.readTree(get(type).body());
    assertThat(kind.path("status").asInt()).isEqualTo(401);
    assertThat(kind.path("title").asString()).isEqualTo("Authentication required");
    assertThat(kind.path("description").asString()).contains("WWW-Authenticate");

    HttpResponse<String> unknown =
        get(
            "/api/v1/requests/00000000-0000-0000-0000-000000000000",
            "Authorization",
            SecurityApiTest.basic("admin", DemoAccounts.PASSWORD));
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(JSON.readTree(unknown.body()).path("type").asString())
        .isEqualTo("/problems/not-found");

    HttpResponse<String> badQuery =
        get(
            "/api/v1/requests/overdue?on=tomorrow",
            "Authorization",
            SecurityApiTest.basic("admin", DemoAccounts.PASSWORD));
    assertThat(badQuery.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(badQuery.body()).path("type").asString())
        .isEqualTo("/problems/invalid-request");

    // Spring's own answers get one too: /api/v1/requests takes POST, not DELETE
    HttpResponse<String> wrongMethod =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/requests"))
                    .DELETE()
                    .header("Authorization", SecurityApiTest.basic("admin", DemoAccounts.PASSWORD))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(wrongMethod.statusCode()).isEqualTo(405);

    assertThat(JSON.readTree(wrongMethod.body()).path("type").asString())
        .isEqualTo("/problems/method-not-allowed");

    JsonNode all = JSON.readTree(get("/problems").body());
    List<String> types = new ArrayList<>();
    all.forEach(k -> types.add(k.path("type").asString()));
    assertThat(types)
        .hasSize(ProblemType.values().length)
        .doesNotHaveDuplicates()
        .allMatch(t -> t.startsWith("/problems/"));
    assertThat(get("/problems/no-such-kind").statusCode()).isEqualTo(404);
  }

  @Test
  void swaggerUiIsReachableAfterSignInOnly() throws Exception {
    assertThat(get("/swagger-ui.html").statusCode()).isEqualTo(401);
    assertThat(get("/swagger-ui/index.html").statusCode()).isEqualTo(401);
    HttpResponse<String> ui =
        get(
            "/swagger-ui/index.html",
            "Authorization",
            SecurityApiTest.basic("beleid", DemoAccounts.PASSWORD));
    assertThat(ui.statusCode()).isEqualTo(200);
    assertThat(ui.body()).contains("swagger-ui");
    // every script and style the page loads is served (the jar holds only these of the webjar)
    var loaded =
        java.util.regex.Pattern.compile("(?:src|href)=\"\\.?/?([^\"]+\\.(?:js|css))\"")
            .matcher(ui.body())
            .results()
            .map(m -> m.group(1))
            .toList();
    assertThat(loaded).contains("swagger-ui-bundle.js", "swagger-initializer.js");
    for (String file : loaded) {
      HttpResponse<String> part =
          get(
              "/swagger-ui/" + file,
              "Authorization",
              SecurityApiTest.basic("beleid", DemoAccounts.PASSWORD));
      assertThat(part.statusCode()).as(file).isEqualTo(200);
      assertThat(part.body()).as(file).isNotBlank();
    }
    HttpResponse<String> config =
        get(
            "/v3/api-docs/swagger-config",
            "Authorization",
            SecurityApiTest.basic("beleid", DemoAccounts.PASSWORD));
    assertThat(JSON.readTree(config.body()).path("url").asString()).isEqualTo("/v3/api-docs");
  }

  @Test
  void documentsEveryEndpointOfTheClientRoute() throws Exception {
    JsonNode paths = apiDocs().path("paths");
    List<String> documented = new ArrayList<>();
    paths.propertyNames().forEach(documented::add);
    assertThat(documented)
        .contains(
            "/api/v1/requests",
            "/api/v1/requests/{id}",
            "/api/v1/requests/{id}/decision",
            "/api/v1/requests/{id}/replay",
            "/api/v1/requests/overdue",
            "/api/v1/change-requests",
            "/api/v1/allocations/{municipality}/{number}",
            "/api/v1/allocations/{municipality}/{number}/start",
            "/api/v1/allocations/{municipality}/{number}/stop",
            "/api/v1/clients/{key}/timeline",
            "/api/v1/audit",
            "/api/v1/overview",
            "/api/v1/providers",
            "/api/v1/me");
  }

  @Test
  void hidesTheSignedInActorAndNamesBothWaysToSignIn() throws Exception {
    JsonNode docs = apiDocs();
    assertThat(docs.toString()).doesNotContain("\"name\":\"actor\"");
    assertThat(docs.path("components").path("securitySchemes").has("oidc")).isTrue();
    assertThat(docs.path("components").path("securitySchemes").has("demo")).isTrue();
    assertThat(docs.path("info").path("title").asString()).isEqualTo("jeugdregie API");
  }

  /**
   * springdoc names a schema by the simple class name: two records called {@code Line} in the API
   * would silently share one schema, and one of them would be documented wrong.
   */
  @Test
  void noTwoTypesOfTheApiShareASchemaName() throws Exception {
    var scanner =
        new org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider(
            false);
    scanner.addIncludeFilter(
        new org.springframework.core.type.filter.AnnotationTypeFilter(
            org.springframework.web.bind.annotation.RestController.class));
    java.util.Map<String, Class<?>> seen = new java.util.HashMap<>();
    List<String> clashes = new ArrayList<>();
    for (var definition : scanner.findCandidateComponents("nl.jeugdregie.web")) {
      Class<?> controller =
          Class.forName(java.util.Objects.requireNonNull(definition.getBeanClassName()));
      for (java.lang.reflect.Method method : controller.getDeclaredMethods()) {
        if (!org.springframework.core.annotation.AnnotatedElementUtils.hasAnnotation(
            method, org.springframework.web.bind.annotation.RequestMapping.class)) continue;
        collect(method.getGenericReturnType(), seen, clashes);
        for (java.lang.reflect.Parameter parameter : method.getParameters()) {
          collect(parameter.getParameterizedType(), seen, clashes);
        }
      }
    }
    assertThat(seen).containsKeys("RequestView", "AllocationRequestBody", "DeclarationAnswer");
    assertThat(clashes).isEmpty();
  }

  private static void collect(
      java.lang.reflect.Type type, java.util.Map<String, Class<?>> seen, List<String> clashes) {
    if (type instanceof java.lang.reflect.ParameterizedType generic) {
      collect(generic.getRawType(), seen, clashes);
      for (java.lang.reflect.Type argument : generic.getActualTypeArguments()) {
        collect(argument, seen, clashes);
      }
      return;
    }
    if (!(type instanceof Class<?> c) || !c.getName().startsWith("nl.jeugdregie.")) return;
    if (!c.isRecord() && !c.isEnum()) return;
    Class<?> earlier = seen.putIfAbsent(c.getSimpleName(), c);
    if (earlier != null) {
      if (earlier != c) clashes.add(earlier.getName() + " and " + c.getName());
      return;
    }
    if (c.isRecord()) {
      for (var component : c.getRecordComponents()) {
        collect(component.getGenericType(), seen, clashes);
      }
    }
  }
}
