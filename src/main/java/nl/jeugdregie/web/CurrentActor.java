package nl.jeugdregie.web;

import nl.jeugdregie.shared.Actor;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The actor of the request being served. Controllers take an {@link Actor} parameter instead (see
 * {@link ActorArgumentResolver}); this is for other code in the web module.
 */
@Component
class CurrentActor {

  /**
   * The signed-in actor; without one it throws an authentication exception, which Spring Security
   * answers with 401.
   */
  Actor get() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication instanceof ActorAuthentication signedIn) return signedIn.actor();
    throw new AuthenticationCredentialsNotFoundException("sign in to use this endpoint");
  }
}
