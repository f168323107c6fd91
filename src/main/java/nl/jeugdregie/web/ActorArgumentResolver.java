package nl.jeugdregie.web;

import nl.jeugdregie.shared.Actor;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Lets a controller method take the signed-in {@link Actor} as a parameter. */
final class ActorArgumentResolver implements HandlerMethodArgumentResolver {

  private final CurrentActor currentActor;

  ActorArgumentResolver(CurrentActor currentActor) {
    this.currentActor = currentActor;
  }

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    return parameter.getParameterType() == Actor.class;
  }

  @Override
  public Actor resolveArgument(
      MethodParameter parameter,
      @Nullable ModelAndViewContainer mavContainer,
      NativeWebRequest webRequest,
      @Nullable WebDataBinderFactory binderFactory) {
    return currentActor.get();
  }
}
