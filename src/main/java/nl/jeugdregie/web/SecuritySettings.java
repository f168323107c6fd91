package nl.jeugdregie.web;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How users sign in: {@code jeugdregie.security.oidc-issuer} (env {@code JEUGDREGIE_OIDC_ISSUER})
 * turns on bearer tokens (JWT) from that OpenID Connect issuer; {@code
 * jeugdregie.security.demo-accounts} (env {@code JEUGDREGIE_DEMO_ACCOUNTS}) turns the fixed demo
 * accounts (HTTP Basic, password {@code demo}) on or off. Without a value, demo accounts are on
 * exactly when no issuer is configured. With an issuer, {@code oidc-client-id} and {@code
 * oidc-client-secret} (env {@code JEUGDREGIE_OIDC_CLIENT_ID}, {@code ..._SECRET}) let people sign
 * in on the web application's pages at that issuer too (authorization code flow).
 */
@ConfigurationProperties("jeugdregie.security")
record SecuritySettings(
    @Nullable String oidcIssuer,
    @Nullable String demoAccounts,
    @Nullable String oidcClientId,
    @Nullable String oidcClientSecret) {

  /** Whether the pages offer sign-in at the OIDC issuer: an issuer and a client id are set. */
  boolean oidcLogin() {
    return issuer() != null && oidcClientId != null && !oidcClientId.isBlank();
  }

  /** The configured issuer, or null when none (blank counts as none). */
  @Nullable String issuer() {
    return oidcIssuer == null || oidcIssuer.isBlank() ? null : oidcIssuer.strip();
  }

  boolean demoAccountsEnabled() {
    if (demoAccounts == null || demoAccounts.isBlank()) return issuer() == null;
    return switch (demoAccounts.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default ->
          throw new IllegalArgumentException(
              "jeugdregie.security.demo-accounts must be true or false, got '"
                  + demoAccounts
                  + "'");
    };
  }
}
