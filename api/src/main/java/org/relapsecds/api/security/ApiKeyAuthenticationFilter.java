package org.relapsecds.api.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.relapsecds.api.problem.ProblemWriter;
import org.relapsecds.api.problem.Problems;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates requests that carry {@code X-API-Key}. A wrong key is answered with 401 at once
 * (never falls through to another method) and published as an authentication failure, which the
 * audit trail, the log and the {@link LoginThrottle} count like a failed password; the key itself
 * is never recorded. The authentication lives for this request only, so a key never creates a
 * session.
 */
final class ApiKeyAuthenticationFilter extends OncePerRequestFilter {
  static final String HEADER = "X-API-Key";

  private final ApiKeys apiKeys;
  private final ProblemWriter problems;
  private final LoginThrottle throttle;
  private final ApplicationEventPublisher events;
  private final SecurityContextHolderStrategy contexts =
      SecurityContextHolder.getContextHolderStrategy();

  ApiKeyAuthenticationFilter(
      ApiKeys apiKeys,
      ProblemWriter problems,
      LoginThrottle throttle,
      ApplicationEventPublisher events) {
    this.apiKeys = apiKeys;
    this.problems = problems;
    this.throttle = throttle;
    this.events = events;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String presented = request.getHeader(HEADER);
    if (presented == null) {
      chain.doFilter(request, response);
      return;
    }
    Optional<ApiKeys.Entry> entry =
        presented.isBlank() ? Optional.empty() : apiKeys.match(presented.strip());
    if (entry.isEmpty()) {
      events.publishEvent(
          new AuthenticationFailureBadCredentialsEvent(
              new FailedApiKey(new WebAuthenticationDetails(request)),
              new UnknownApiKeyException()));
      problems.write(
          request, response, Problems.of(HttpStatus.UNAUTHORIZED, "The API key is not valid."));
      return;
    }
    throttle.succeeded(null, request.getRemoteAddr());
    SecurityContext context = contexts.createEmptyContext();
    context.setAuthentication(new ApiKeyAuthentication(entry.get().name(), entry.get().roles()));
    contexts.setContext(context);
    try {
      chain.doFilter(request, response);
    } finally {
      contexts.clearContext();
    }
  }
}
