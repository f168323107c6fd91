package nl.jeugdregie.web;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.jeugdregie.policy.PolicyCatalog;
import nl.jeugdregie.shared.Actor;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * Signs in the {@link DemoAccounts} with HTTP Basic. The password is hashed with bcrypt once at
 * start (through a delegating encoder, so the stored value reads {@code {bcrypt}...}) and checked
 * by Spring Security's own {@link DaoAuthenticationProvider}; a successful sign-in becomes an
 * {@link ActorAuthentication}.
 */
final class DemoAccountProvider implements AuthenticationProvider {

  private final Map<String, Actor> actors;
  private final DaoAuthenticationProvider passwords;

  DemoAccountProvider(PolicyCatalog catalog) {
    this.actors = DemoAccounts.actors(catalog);
    PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    String hash = Objects.requireNonNull(encoder.encode(DemoAccounts.PASSWORD));
    List<UserDetails> users =
        actors.values().stream()
            .map(
                actor ->
                    User.withUsername(actor.name())
                        .password(hash)
                        .roles(actor.role().claim())
                        .build())
            .toList();
    this.passwords = new DaoAuthenticationProvider(new InMemoryUserDetailsManager(users));
    passwords.setPasswordEncoder(encoder);
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    Authentication checked = passwords.authenticate(authentication);
    Actor actor = checked == null ? null : actors.get(checked.getName());
    if (actor == null) throw new BadCredentialsException("Bad credentials");
    return new ActorAuthentication(actor);
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
