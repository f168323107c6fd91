package nl.jeugdregie.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.jeugdregie.clients.Clients;
import nl.jeugdregie.policy.PolicyCatalog;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Who may call what (docs/security.md). The decision simulator, the pack list, the API description
 * and the health check with its liveness and readiness groups are open (no personal data; health
 * details for admin only); the metrics and the Prometheus scrape are for ADMIN; everything else,
 * {@code /api/} and the rest of {@code /actuator/}, needs a signed-in user, by HTTP Basic with a
 * {@link DemoAccounts demo account} (when enabled) or an OIDC bearer token (when {@code
 * jeugdregie.security.oidc-issuer} is set). Here only sign-in is checked and turned into an {@link
 * nl.jeugdregie.shared.Actor}; what the actor may see and do is checked by the services. Stateless,
 * no sessions, no CSRF (no cookies are used). Failures are RFC 9457 problem details: 401 without or
 * with wrong credentials, 403 when the actor is not allowed, 429 with Retry-After after too many
 * failed password sign-ins ({@link LoginThrottle}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecuritySettings.class)
// not in a run without the web server (jeugdregie import): there is no HTTP to secure
@ConditionalOnWebApplication
class SecurityConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(SecurityConfiguration.class);

  private @Nullable DemoAccountProvider demoAccounts;

  /** The API's endpoints that answer without sign-in: the policy packs and the simulator. */
  static final java.util.List<String> OPEN_API_PATHS =
      java.util.List.of("/api/v1/policies", "/api/v1/decisions");

  /**
   * The web application's pages (issue 12, ADR 0011): a session after a sign-in form (demo
   * accounts) or at the OIDC issuer ({@link OidcSignIn}), CSRF tokens on every form, sign-out. The
   * API keeps its own stateless chain below. Everything not matched here is the API's.
   */
  @Bean
  @Order(1)
  SecurityFilterChain pages(HttpSecurity http, SecuritySettings settings, PolicyCatalog catalog) {
    SecurityContextRepository sessions =
        new DelegatingSecurityContextRepository(
            new RequestAttributeSecurityContextRepository(),
            new HttpSessionSecurityContextRepository());
    http.securityMatcher(
            "/",
            "/login",
            "/logout",
            "/app/**",
            "/oauth2/**",
            "/login/oauth2/**",
            "/webjars/**",
            "/css/**",
            "/js/**",
            "/favicon.ico")
        .securityContext(context -> context.securityContextRepository(sessions))
        .authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/favicon.ico")
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .formLogin(
            form ->
                form.loginPage("/login")
                    .defaultSuccessUrl("/", true)
                    .failureHandler(new SignInFailure()))
        .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?afgemeld"));
    if (settings.demoAccountsEnabled()) {
      http.authenticationProvider(demoAccounts(catalog));
    }
    if (settings.oidcLogin()) {
      http.oauth2Login(
          oidc ->
              oidc.loginPage("/login")
                  .clientRegistrationRepository(
                      new OidcSignIn.Registrations(
                          required(settings.issuer()),
                          required(settings.oidcClientId()),
                          settings.oidcClientSecret()))
                  .userInfoEndpoint(user -> user.oidcUserService(new OidcSignIn.Users()))
                  .successHandler(new OidcSignIn.SignedIn(sessions))
                  .failureHandler(new SignInFailure()));
      LOG.info("sign-in on the pages at OIDC issuer {}", settings.issuer());
    }
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain api(
      HttpSecurity http,
      SecuritySettings settings,
      PolicyCatalog catalog,
      ProblemWriter problems,
      JdbcClient jdbc,
      Clients clients,
      ObjectProvider<JwtDecoder> decoders) {
    String issuer = settings.issuer();
    JwtDecoder configuredDecoder = decoders.getIfAvailable();
    boolean tokens = issuer != null || configuredDecoder != null;
    boolean demo = settings.demoAccountsEnabled();
    AuthenticationEntryPoint signIn = signIn(problems, demo, tokens);
    AccessDeniedHandler denied = denied(problems);

    http.csrf(csrf -> csrf.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(cache -> cache.disable())
        .formLogin(form -> form.disable())
        .logout(logout -> logout.disable())
        .authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers(OPEN_API_PATHS.toArray(String[]::new))
                    .permitAll()
                    .requestMatchers(
                        "/problems",
                        "/problems/*",
                        "/v3/api-docs",
                        "/v3/api-docs/**",
                        "/actuator/health",
                        "/actuator/health/liveness",
                        "/actuator/health/readiness",
                        "/error")
                    .permitAll()
                    // the meters (request rates, JVM, pool): for operators, so ADMIN only
                    .requestMatchers(
                        "/actuator/metrics", "/actuator/metrics/**", "/actuator/prometheus")
                    .hasRole("ADMIN")
                    .anyRequest()
                    .authenticated())
        .exceptionHandling(e -> e.authenticationEntryPoint(signIn).accessDeniedHandler(denied))
        .addFilterAfter(new IdempotencyFilter(jdbc, problems, clients), AuthorizationFilter.class);
    if (demo) {
      http.authenticationProvider(demoAccounts(catalog))
          .httpBasic(basic -> basic.realmName("jeugdregie").authenticationEntryPoint(signIn));
      LOG.warn(
          "demo accounts are enabled (HTTP Basic, password '{}'): not for production; set"
              + " jeugdregie.security.demo-accounts=false",
          DemoAccounts.PASSWORD);
    } else {
      http.httpBasic(basic -> basic.disable());
    }
    if (tokens) {
      JwtDecoder decoder =
          configuredDecoder != null ? configuredDecoder : lazyDecoder(required(issuer));
      http.oauth2ResourceServer(
          oauth ->
              oauth
                  .authenticationEntryPoint(signIn)
                  .accessDeniedHandler(denied)
                  .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(new TokenActors())));
      LOG.info("OIDC bearer tokens accepted from issuer {}", issuer);
    }
    if (!demo && !tokens) {
      LOG.warn(
          "no sign-in configured (no OIDC issuer, demo accounts off): only the open endpoints"
              + " answer");
    }
    return http.build();
  }

  /**
   * One provider for both chains, so the form and HTTP Basic share one {@link LoginThrottle}:
   * guesses on one door count on the other too.
   */
  private synchronized DemoAccountProvider demoAccounts(PolicyCatalog catalog) {
    if (demoAccounts == null) demoAccounts = new DemoAccountProvider(catalog);
    return demoAccounts;
  }

  /** What the sign-in form offers (the pages' own options, from the same settings). */
  @Bean
  SignInOptions signInOptions(SecuritySettings settings) {
    return new SignInOptions(settings.demoAccountsEnabled(), settings.oidcLogin());
  }

  /** Asks the issuer for its keys on the first token, not at start (the issuer may be down). */
  private static JwtDecoder lazyDecoder(String issuer) {
    return new SupplierJwtDecoder(() -> JwtDecoders.fromIssuerLocation(issuer));
  }

  private static String required(@Nullable String setting) {
    if (setting == null) throw new IllegalStateException("no OIDC issuer or client configured");
    return setting;
  }

  /** 401: no, wrong or refused credentials, with what to send instead. */
  private static AuthenticationEntryPoint signIn(
      ProblemWriter problems, boolean demo, boolean tokens) {
    String challenge =
        demo && tokens
            ? "Basic realm=\"jeugdregie\", Bearer"
            : demo ? "Basic realm=\"jeugdregie\"" : "Bearer";
    return (HttpServletRequest request,
        HttpServletResponse response,
        AuthenticationException e) -> {
      if (e instanceof LoginThrottledException throttled) {
        response.setHeader("Retry-After", String.valueOf(throttled.retryAfterSeconds()));
        problems.write(
            response,
            ProblemType.SIGN_IN_THROTTLED,
            "too many failed sign-ins for this account or from this address; retry after "
                + throttled.retryAfterSeconds()
                + " s",
            pathOf(request));
        return;
      }
      response.setHeader("WWW-Authenticate", challenge);
      problems.write(
          response, ProblemType.SIGN_IN_REQUIRED, detail(e, demo, tokens), pathOf(request));
    };
  }

  private static String detail(AuthenticationException e, boolean demo, boolean tokens) {
    if (e instanceof BadCredentialsException) return "wrong user name or password";
    if (e instanceof OAuth2AuthenticationException oauth) {
      String description = oauth.getError().getDescription();
      return "the bearer token was refused: "
          + (description != null ? description : e.getMessage());
    }
    String how =
        demo && tokens
            ? "HTTP Basic with a demo account or an OIDC bearer token"
            : demo ? "HTTP Basic with a demo account" : tokens ? "an OIDC bearer token" : "nothing";
    return "sign in to use this endpoint: this server accepts " + how;
  }

  /** 403: signed in, but the actor's role may not do this. */
  private static AccessDeniedHandler denied(ProblemWriter problems) {
    return (HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) -> {
      String message = e.getMessage();
      problems.write(
          response,
          ProblemType.NOT_PERMITTED,
          message == null ? "your role may not do this" : message,
          pathOf(request));
    };
  }

  private static String pathOf(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }
}
