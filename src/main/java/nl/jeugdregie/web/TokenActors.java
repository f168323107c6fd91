package nl.jeugdregie.web;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;
import nl.jeugdregie.shared.Actor;
import nl.jeugdregie.shared.AgbCode;
import nl.jeugdregie.shared.MunicipalityCode;
import nl.jeugdregie.shared.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.oauth2.core.ClaimAccessor;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/**
 * Turns an OIDC access token (JWT), or the claims of a page sign-in's ID token, into an {@link
 * Actor}: name from {@code preferred_username} (else {@code sub}), role from {@value #ROLE}, scope
 * from {@value #MUNICIPALITIES} (CBS codes), {@value #AGB} and {@value #REGION}. A token without a
 * known role, or without the scope its role needs, is refused with the claim named.
 */
final class TokenActors implements Converter<Jwt, ActorAuthentication> {

  static final String ROLE = "jeugdregie_role";
  static final String MUNICIPALITIES = "municipalities";
  static final String AGB = "agb";
  static final String REGION = "region";
  private static final Pattern SEPARATORS = Pattern.compile("[,\\s]+");

  @Override
  public ActorAuthentication convert(Jwt jwt) {
    return new ActorAuthentication(actor(jwt));
  }

  static Actor actor(ClaimAccessor jwt) {
    String name = text(jwt, "preferred_username");
    if (name == null) name = text(jwt, "sub");
    if (name == null) throw refused("the token has neither 'preferred_username' nor 'sub'");
    String roleClaim = text(jwt, ROLE);
    if (roleClaim == null) throw refused("the token has no claim '" + ROLE + "'");
    Role role;
    try {
      role = Role.fromClaim(roleClaim);
    } catch (IllegalArgumentException e) {
      throw refused("claim '" + ROLE + "': " + e.getMessage());
    }
    return switch (role) {
      case ACCESS_TEAM -> Actor.accessTeam(name, municipalities(jwt));
      case PROVIDER -> Actor.provider(name, agb(jwt));
      case CONTRACT_MANAGER -> Actor.contractManager(name, required(jwt, REGION, role));
      case POLICY -> Actor.policy(name);
      case ADMIN -> Actor.admin(name);
    };
  }

  private static Set<String> municipalities(ClaimAccessor jwt) {
    Object claim = jwt.getClaim(MUNICIPALITIES);
    Set<String> codes = new LinkedHashSet<>();
    if (claim instanceof Collection<?> list) {
      for (Object code : list) codes.add(String.valueOf(code).strip());
    } else if (claim instanceof String text) {
      SEPARATORS.splitAsStream(text.strip()).filter(code -> !code.isEmpty()).forEach(codes::add);
    }
    if (codes.isEmpty()) {
      throw refused(
          "claim '" + MUNICIPALITIES + "' (a list of CBS codes) is needed for role TOEGANG");
    }
    for (String code : codes) {
      try {
        MunicipalityCode.of(code);
      } catch (IllegalArgumentException e) {
        throw refused("claim '" + MUNICIPALITIES + "': " + e.getMessage());
      }
    }
    return codes;
  }

  private static String agb(ClaimAccessor jwt) {
    String agb = required(jwt, AGB, Role.PROVIDER);
    try {
      return AgbCode.of(agb).value();
    } catch (IllegalArgumentException e) {
      throw refused("claim '" + AGB + "': " + e.getMessage());
    }
  }

  private static String required(ClaimAccessor jwt, String claim, Role role) {
    String value = text(jwt, claim);
    if (value == null) {
      throw refused("claim '" + claim + "' is needed for role " + role.claim());
    }
    return value;
  }

  private static @Nullable String text(ClaimAccessor jwt, String claim) {
    Object value = jwt.getClaim(claim);
    if (value == null) return null;
    String text = String.valueOf(value).strip();
    return text.isEmpty() ? null : text;
  }

  private static InvalidBearerTokenException refused(String detail) {
    return new InvalidBearerTokenException(detail);
  }
}
