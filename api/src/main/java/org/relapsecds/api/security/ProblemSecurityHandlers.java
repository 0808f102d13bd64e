package org.relapsecds.api.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.relapsecds.api.problem.ProblemWriter;
import org.relapsecds.api.problem.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/** 401 and 403 as problem documents, for the JSON API (never a redirect to the login page). */
final class ProblemSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {
  private final ProblemWriter problems;

  ProblemSecurityHandlers(ProblemWriter problems) {
    this.problems = problems;
  }

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
      throws IOException {
    // Deliberately not "Basic": browsers would pop up their own login dialog over the web UI.
    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "X-API-Key realm=\"relapse-cds\"");
    problems.write(
        request,
        response,
        Problems.of(
            HttpStatus.UNAUTHORIZED,
            request.getHeader(HttpHeaders.AUTHORIZATION) != null
                ? "The user name or password is not valid."
                : "Authentication is required: an API key (X-API-Key), HTTP Basic, or a session."));
  }

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
      throws IOException {
    problems.write(
        request,
        response,
        Problems.of(
            HttpStatus.FORBIDDEN,
            e instanceof CsrfException
                ? "The CSRF token is missing or not valid: send the XSRF-TOKEN cookie's value in"
                    + " the X-XSRF-TOKEN header."
                : "Your role does not allow this request."));
  }
}
