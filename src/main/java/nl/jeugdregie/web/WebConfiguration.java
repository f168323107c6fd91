package nl.jeugdregie.web;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Spring MVC additions: the {@link nl.jeugdregie.shared.Actor} controller parameter, and every list
 * as CSV or xlsx ({@link TableExport}).
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

  private final CurrentActor currentActor;
  private final JsonMapper json;

  WebConfiguration(CurrentActor currentActor, JsonMapper json) {
    this.currentActor = currentActor;
    this.json = json;
  }

  @Override
  public void configureMessageConverters(HttpMessageConverters.ServerBuilder converters) {
    converters.addCustomConverter(new TableExport(json));
  }

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(new ActorArgumentResolver(currentActor));
  }
}
