package nl.jeugdregie.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import nl.jeugdregie.shared.Actor;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description at {@code /v3/api-docs}: the API's title, the two ways to sign in (OIDC
 * bearer tokens, demo HTTP Basic), and no trace of the {@link Actor} parameter, which is the
 * signed-in user and never part of a request.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

  static {
    SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
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
}
