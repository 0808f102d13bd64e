package org.relapsecds.api.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.relapsecds.api.problem.ProblemWriter;
import org.relapsecds.api.problem.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates requests that carry {@code X-API-Key}. A wrong key is answered with 401 at once
 * (never falls through to another method); the authentication lives for this request only, so a key
 * never creates a session.
 */
final class ApiKeyAuthenticationFilter extends OncePerRequestFilter {
  static final String HEADER = "X-API-Key";
  private static final Logger log = LoggerFactory.getLogger(ApiKeyAuthenticationFilter.class);

  private final ApiKeys apiKeys;
  private final ProblemWriter problems;
  private final SecurityContextHolderStrategy contexts =
      SecurityContextHolder.getContextHolderStrategy();

  ApiKeyAuthenticationFilter(ApiKeys apiKeys, ProblemWriter problems) {
    this.apiKeys = apiKeys;
    this.problems = problems;
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
      log.warn(
          "Failed login: unknown API key on {} {}", request.getMethod(), request.getRequestURI());
      problems.write(
          request, response, Problems.of(HttpStatus.UNAUTHORIZED, "The API key is not valid."));
      return;
    }
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
