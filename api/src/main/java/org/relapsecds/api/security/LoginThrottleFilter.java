package org.relapsecds.api.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.relapsecds.api.problem.ProblemWriter;
import org.relapsecds.api.problem.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.www.BasicAuthenticationConverter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a login attempt (form login, HTTP Basic, API key) while its account or address is blocked
 * by the {@link LoginThrottle}: 429 with {@code Retry-After}, before any password is checked.
 * Requests without credentials (a session, or none) pass.
 */
final class LoginThrottleFilter extends OncePerRequestFilter {
  private final LoginThrottle throttle;
  private final ProblemWriter problems;
  private final BasicAuthenticationConverter basic = new BasicAuthenticationConverter();

  LoginThrottleFilter(LoginThrottle throttle, ProblemWriter problems) {
    this.throttle = throttle;
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String account;
    if (request.getHeader(ApiKeyAuthenticationFilter.HEADER) != null) {
      account = null;
    } else if (isBasic(request)) {
      account = basicUser(request);
    } else if (HttpMethod.POST.matches(request.getMethod())
        && (request.getContextPath() + "/login").equals(request.getRequestURI())) {
      account = request.getParameter("username");
    } else {
      chain.doFilter(request, response);
      return;
    }
    Optional<Duration> wait = throttle.blocked(account, request.getRemoteAddr());
    if (wait.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
    response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
    problems.write(request, response, refused(seconds));
  }

  static ProblemDetail refused(long seconds) {
    ProblemDetail problem =
        Problems.of(
            HttpStatus.TOO_MANY_REQUESTS,
            "Too many failed logins for this account or from this address: try again in "
                + seconds
                + " seconds.");
    problem.setType(Problems.TOO_MANY_FAILED_LOGINS);
    problem.setTitle("Too many failed logins");
    problem.setProperty("retryAfterSeconds", seconds);
    return problem;
  }

  private static boolean isBasic(HttpServletRequest request) {
    String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
    return authorization != null && authorization.toLowerCase(Locale.ROOT).startsWith("basic ");
  }

  private String basicUser(HttpServletRequest request) {
    try {
      var token = basic.convert(request);
      return token == null ? null : token.getName();
    } catch (AuthenticationException e) {
      return null; // malformed header: Spring's filter answers it
    }
  }
}
