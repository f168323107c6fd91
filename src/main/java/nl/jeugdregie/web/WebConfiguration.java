package nl.jeugdregie.web;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Spring MVC additions: the {@link nl.jeugdregie.shared.Actor} controller parameter. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

  private final CurrentActor currentActor;

  WebConfiguration(CurrentActor currentActor) {
    this.currentActor = currentActor;
  }

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(new ActorArgumentResolver(currentActor));
  }
}
