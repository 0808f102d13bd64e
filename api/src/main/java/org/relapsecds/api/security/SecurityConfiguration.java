package org.relapsecds.api.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.Locale;
import org.relapsecds.api.problem.ProblemWriter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The one security filter chain of the service.
 *
 * <ul>
 *   <li>JSON API ({@code /api/**}): API key ({@code X-API-Key}), HTTP Basic, or the browser
 *       session; 401 and 403 are problem documents, never redirects.
 *   <li>Browser: form login at {@code /login} (page {@code /login.html}), logout at {@code
 *       /logout}; CSRF protection with the {@code XSRF-TOKEN} cookie, sent back by scripts in
 *       {@code X-XSRF-TOKEN} (or by forms as {@code _csrf}). Requests authenticated by header (API
 *       key or Basic) cannot be forged by another site and need no token.
 *   <li>Roles: evaluate = SERVICE, CLINICIAN, RULE_EDITOR; read the knowledge base = the same; read
 *       rules = CLINICIAN, RULE_EDITOR; change rules and the draft's impact = RULE_EDITOR; search
 *       and replay the decision log = AUDITOR, RULE_EDITOR (never SERVICE or CLINICIAN: the log
 *       holds health data).
 *   <li>Failed logins (form, Basic, API key) are throttled per account and per address ({@link
 *       LoginThrottle}).
 *   <li>Security headers on, with a strict Content-Security-Policy (relaxed for Swagger UI only).
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({CdsSecurityProperties.class, LoginThrottleProperties.class})
public class SecurityConfiguration {
  static final String CSP =
      "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self';"
          + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  // Swagger UI sets inline styles from its scripts.
  static final String SWAGGER_CSP =
      "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline';"
          + " script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
          + " frame-ancestors 'none'";

  private static final String[] PUBLIC = {
    "/",
    "/index.html",
    "/login.html",
    "/assets/**",
    "/webjars/**",
    "/favicon.ico",
    "/actuator/health",
    "/actuator/health/**",
    "/actuator/info",
    "/v3/api-docs",
    "/v3/api-docs/**",
    "/swagger-ui.html",
    "/swagger-ui/**",
    "/error",
    // CDS Hooks: discovery is open; service calls and feedback check the client's JWT themselves
    // (org.relapsecds.api.cdshooks.security), not a user or API key
    "/cds-services",
    "/cds-services/**"
  };

  /** The XSRF-TOKEN cookie: readable by the page's scripts, never sent by another site. */
  static CookieCsrfTokenRepository csrfCookies() {
    CookieCsrfTokenRepository cookies = CookieCsrfTokenRepository.withHttpOnlyFalse();
    cookies.setCookieCustomizer(cookie -> cookie.sameSite("Strict"));
    return cookies;
  }

  /** True when the request carries its own credentials (API key or HTTP Basic). */
  public static boolean usesHeaderCredentials(HttpServletRequest request) {
    if (request.getHeader(ApiKeyAuthenticationFilter.HEADER) != null) {
      return true;
    }
    String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
    return authorization != null && authorization.toLowerCase(Locale.ROOT).startsWith("basic ");
  }

  /**
   * An API call without a live session has nothing another site could ride on; it goes on to
   * authentication (and gets a 401 without credentials) instead of failing the CSRF check.
   */
  static boolean isApiCallWithoutSession(HttpServletRequest request) {
    return request.getRequestURI().startsWith("/api/") && request.getSession(false) == null;
  }

  /** CDS Hooks calls carry a bearer JWT, no cookie: there is no session to ride on. */
  static boolean isCdsHooksCall(HttpServletRequest request) {
    String uri = request.getRequestURI();
    return uri.equals("/cds-services") || uri.startsWith("/cds-services/");
  }

  /**
   * No Micrometer observations of the filter chain, authentication or authorization. Spring
   * Security would otherwise wrap each of its ~15 filters in an observation with before/after
   * events, each a meter lookup by tags: about a tenth of the server's CPU per evaluation request
   * in a JFR profile, for {@code spring_security_*} meters nobody reads. Requests stay timed by
   * {@code http_server_requests} and evaluations by {@code cds_evaluation_*}.
   */
  @Bean
  SecurityObservationSettings securityObservationSettings() {
    return SecurityObservationSettings.noObservations();
  }

  @Bean
  Credentials credentials(CdsSecurityProperties properties) {
    return new Credentials(properties);
  }

  @Bean
  ApiKeys apiKeys(Credentials credentials) {
    return new ApiKeys(credentials.apiKeys());
  }

  @Bean
  LoginThrottle loginThrottle(LoginThrottleProperties properties, Credentials credentials) {
    return new LoginThrottle(properties.limits(), credentials.usernames(), Clock.systemUTC());
  }

  @Bean
  UserDetailsService userDetailsService(Credentials credentials) {
    return new InMemoryUserDetailsManager(credentials.users());
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    DelegatingPasswordEncoder encoder =
        (DelegatingPasswordEncoder) PasswordEncoderFactories.createDelegatingPasswordEncoder();
    encoder.setDefaultPasswordEncoderForMatches(new BCryptPasswordEncoder());
    return encoder;
  }

  @Bean
  SecurityFilterChain securityFilterChain(
      HttpSecurity http,
      ApiKeys apiKeys,
      ProblemWriter writer,
      LoginThrottle throttle,
      ApplicationEventPublisher events)
      throws Exception {
    ProblemSecurityHandlers problems = new ProblemSecurityHandlers(writer);
    RequestMatcher api =
        request ->
            request.getRequestURI().startsWith("/api/")
                || request.getRequestURI().startsWith("/actuator/");
    RequestMatcher swagger =
        request -> {
          String uri = request.getRequestURI();
          return uri.startsWith("/swagger-ui");
        };
    String[] evaluators = {Roles.SERVICE, Roles.CLINICIAN, Roles.RULE_EDITOR};
    String[] readers = {Roles.CLINICIAN, Roles.RULE_EDITOR};

    http.authorizeHttpRequests(
            auth ->
                auth.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
                    .permitAll()
                    .requestMatchers(PUBLIC)
                    .permitAll()
                    .requestMatchers(
                        HttpMethod.POST, "/api/v1/evaluations", "/api/v1/evaluations/batch")
                    .hasAnyRole(evaluators)
                    .requestMatchers(HttpMethod.GET, "/api/v1/knowledge-base")
                    .hasAnyRole(evaluators)
                    .requestMatchers(HttpMethod.GET, "/api/v1/cds-hooks/feedback")
                    .hasAnyRole(readers)
                    // CPU-heavy: editors only (and one at a time, RuleAuthoringService)
                    .requestMatchers(HttpMethod.GET, "/api/v1/rules/draft/impact")
                    .hasRole(Roles.RULE_EDITOR)
                    .requestMatchers(HttpMethod.GET, "/api/v1/rules", "/api/v1/rules/**")
                    .hasAnyRole(readers)
                    .requestMatchers("/api/v1/rules", "/api/v1/rules/**")
                    .hasRole(Roles.RULE_EDITOR)
                    .requestMatchers("/api/v1/decisions", "/api/v1/decisions/**")
                    .hasAnyRole(Roles.AUDITOR, Roles.RULE_EDITOR)
                    .requestMatchers("/actuator/**")
                    .hasAnyRole(Roles.SERVICE, Roles.RULE_EDITOR)
                    .anyRequest()
                    .authenticated())
        .addFilterBefore(
            new LoginThrottleFilter(throttle, writer), UsernamePasswordAuthenticationFilter.class)
        .addFilterBefore(
            new ApiKeyAuthenticationFilter(apiKeys, writer, throttle, events),
            BasicAuthenticationFilter.class)
        .httpBasic(basic -> basic.authenticationEntryPoint(problems))
        .formLogin(
            form ->
                form.loginPage("/login.html")
                    .loginProcessingUrl("/login")
                    .defaultSuccessUrl("/", true)
                    .failureUrl("/login.html?error")
                    .permitAll())
        .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login.html?logout"))
        .requestCache(cache -> cache.disable())
        .csrf(
            csrf ->
                csrf.csrfTokenRepository(csrfCookies())
                    // plain tokens: scripts and the static login form send the cookie's value
                    .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
                    .ignoringRequestMatchers(
                        SecurityConfiguration::usesHeaderCredentials,
                        SecurityConfiguration::isApiCallWithoutSession,
                        SecurityConfiguration::isCdsHooksCall))
        .addFilterAfter(new CsrfCookieFilter(), CsrfFilter.class)
        .exceptionHandling(
            ex ->
                ex.defaultAuthenticationEntryPointFor(problems, api)
                    .defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login.html"), request -> true)
                    .accessDeniedHandler(problems))
        .headers(
            headers ->
                headers
                    .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                    .addHeaderWriter(
                        new DelegatingRequestMatcherHeaderWriter(
                            request -> !swagger.matches(request),
                            new StaticHeadersWriter("Content-Security-Policy", CSP)))
                    .addHeaderWriter(
                        new DelegatingRequestMatcherHeaderWriter(
                            swagger,
                            new StaticHeadersWriter("Content-Security-Policy", SWAGGER_CSP))));
    return http.build();
  }
}
