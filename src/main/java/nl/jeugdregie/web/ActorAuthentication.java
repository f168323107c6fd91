package nl.jeugdregie.web;

import java.util.List;
import nl.jeugdregie.shared.Actor;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A signed-in user as an {@link Actor}: what both sign-in paths (demo account, OIDC token) end in,
 * so the rest of the web module reads one kind of authentication. The authority is {@code
 * ROLE_<claim>}, e.g. {@code ROLE_TOEGANG}.
 */
final class ActorAuthentication extends AbstractAuthenticationToken {

  private final transient Actor actor;

  ActorAuthentication(Actor actor) {
    super(List.of(new SimpleGrantedAuthority("ROLE_" + actor.role().claim())));
    this.actor = actor;
    setAuthenticated(true);
  }

  Actor actor() {
    return actor;
  }

  @Override
  public Actor getPrincipal() {
    return actor;
  }

  /** Credentials are not kept: a password is checked and dropped, a token is not needed later. */
  @Override
  public String getCredentials() {
    return "";
  }

  @Override
  public String getName() {
    return actor.name();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ActorAuthentication that && actor.equals(that.actor);
  }

  @Override
  public int hashCode() {
    return actor.hashCode();
  }
}
