package nl.jeugdregie.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Arrays;
import java.util.Map;
import nl.jeugdregie.shared.Actor;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description at {@code /v3/api-docs}: the API's title, the two ways to sign in (OIDC
 * bearer tokens, demo HTTP Basic), and no trace of the {@link Actor} parameter, which is the
 * signed-in user and never part of a request. Every operation lists the errors it can answer as
 * problem details with their {@link ProblemType} URIs, and every POST the {@code Idempotency-Key}
 * header where {@link IdempotencyFilter} honours it (issue 11).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

  static {
    SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
    // a JSON tree in an answer (a decision's output) is free-form JSON, not a Java bean whose
    // getters (isArray, isEmpty...) a generator would turn into a model named JsonNode
    SpringDocUtils.getConfig()
        .replaceWithSchema(
            tools.jackson.databind.JsonNode.class, new ObjectSchema().description("free-form JSON"))
        .replaceWithSchema(
            tools.jackson.databind.node.ObjectNode.class,
            new ObjectSchema().description("free-form JSON"));
  }

  @Bean
  OpenAPI jeugdregieApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("jeugdregie API")
                .version("v1")
                .description(
                    "The client route of a youth-care region: requests (VOT), change requests"
                        + " (VOW), decisions, allocations with start and stop, timelines. Errors"
                        + " are RFC 9457 problem details naming the field and, where there is"
                        + " one, the iJw return code. See docs/client-route.md."))
        .components(
            new Components()
                .addSecuritySchemes(
                    "oidc", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer"))
                .addSecuritySchemes(
                    "demo", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
        .addSecurityItem(new SecurityRequirement().addList("oidc"))
        .addSecurityItem(new SecurityRequirement().addList("demo"));
  }

  static final String PROBLEM = "Problem";
  private static final String PROBLEM_REF = "#/components/schemas/" + PROBLEM;

  /**
   * The errors each operation can answer: 400 for every query, path or body, 401 and 403 where
   * sign-in is needed, 404 where a path names something, 409 and 422 where a request changes
   * something; each as {@code application/problem+json} with the {@value #PROBLEM} schema.
   */
  @Bean
  OpenApiCustomizer problemResponses() {
    return api -> {
      api.getComponents().addSchemas(PROBLEM, problemSchema());
      api.getPaths()
          .forEach(
              (path, item) ->
                  item.readOperationsMap()
                      .forEach((method, operation) -> document(path, method, operation)));
    };
  }

  private static void document(String path, PathItem.HttpMethod method, Operation operation) {
    boolean open = SecurityConfiguration.OPEN_API_PATHS.contains(path);
    boolean changes = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
    if (operation.getResponses() == null) operation.setResponses(new ApiResponses());
    error(operation, ProblemType.INVALID_REQUEST);
    if (!open) {
      error(operation, ProblemType.SIGN_IN_REQUIRED);
      error(operation, ProblemType.NOT_PERMITTED);
    }
    if (path.contains("{")) error(operation, ProblemType.NOT_FOUND);
    if (changes) {
      error(operation, ProblemType.CONFLICT, ProblemType.STILL_RUNNING);
      error(
          operation,
          ProblemType.REFUSED_BY_ROUTE,
          ProblemType.CLIENT_MISMATCH,
          ProblemType.NO_POLICY_IN_FORCE,
          ProblemType.IDEMPOTENCY_KEY_REUSED);
    }
    if (method == PathItem.HttpMethod.POST
        && !open
        && !path.equals(IdempotencyFilter.BULK_DECLARATIONS)
        && !path.equals(IdempotencyFilter.IJW_MESSAGES)) {
      operation.addParametersItem(
          new HeaderParameter()
              .name(IdempotencyFilter.HEADER)
              .required(false)
              .description(
                  "Makes a retry safe: a repeat with the same key, user and request gets the first"
                      + " answer again (header Idempotent-Replayed: true) and runs nothing; kept "
                      + IdempotencyFilter.RETENTION
                      + ". The same key with another request is refused ("
                      + ProblemType.IDEMPOTENCY_KEY_REUSED.uri()
                      + ").")
              .schema(new StringSchema().minLength(1).maxLength(255)));
    }
  }

  /** Adds the response for these kinds' status, unless the operation documents it itself. */
  private static void error(Operation operation, ProblemType... kinds) {
    String status = String.valueOf(kinds[0].status.value());
    if (operation.getResponses().containsKey(status)) return;
    StringBuilder description = new StringBuilder(kinds[0].title);
    for (int i = 1; i < kinds.length; i++) description.append("; ").append(kinds[i].title);
    description.append(". type: ");
    description.append(
        String.join(", ", Arrays.stream(kinds).map(k -> k.uri().toString()).toList()));
    operation
        .getResponses()
        .addApiResponse(
            status,
            new ApiResponse()
                .description(description.toString())
                .content(
                    new Content()
                        .addMediaType(
                            org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                            new io.swagger.v3.oas.models.media.MediaType()
                                .schema(new Schema<>().$ref(PROBLEM_REF)))));
  }

  /** RFC 9457 with this API's extensions: the field(s) at fault and the iJw return code. */
  private static Schema<?> problemSchema() {
    Schema<?> fieldProblem =
        new ObjectSchema()
            .addProperty("field", new StringSchema().description("JSON path or query parameter"))
            .addProperty("message", new StringSchema());
    Schema<?> finding =
        new ObjectSchema()
            .addProperty("line", new IntegerSchema())
            .addProperty("column", new IntegerSchema())
            .addProperty("message", new StringSchema());
    Map<String, Schema> properties = new java.util.LinkedHashMap<>();
    properties.put(
        "type",
        new StringSchema()
            .format("uri-reference")
            .description("the kind of error, stable; GET it for what it means")
            .example(ProblemType.INVALID_REQUEST.uri().toString()));
    properties.put("title", new StringSchema());
    properties.put("status", new IntegerSchema());
    properties.put("detail", new StringSchema());
    properties.put(
        "instance", new StringSchema().format("uri-reference").description("path, BSN masked"));
    properties.put("field", new StringSchema().description("the (first) field at fault"));
    properties.put(
        "errors", new ArraySchema().items(fieldProblem).description("every field at fault (400)"));
    properties.put("ijwCode", new StringSchema().description("iJw return code (WJ001), if any"));
    properties.put(
        "findings", new ArraySchema().items(finding).description("iJw XSD findings (400)"));
    return new ObjectSchema()
        .description("An RFC 9457 problem detail")
        .properties(properties)
        .required(java.util.List.of("type", "title", "status"));
  }
}
