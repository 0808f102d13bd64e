package org.relapsecds.api.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Makes the browser receive the {@code XSRF-TOKEN} cookie on every page, including the static login
 * page: Spring Security creates tokens lazily, and a static page has no server-side form to trigger
 * it. Skipped for API-key and Basic requests, which need no CSRF token.
 */
final class CsrfCookieFilter extends OncePerRequestFilter {
  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!SecurityConfiguration.usesHeaderCredentials(request)) {
      CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
      if (token != null) {
        token.getToken();
      }
    }
    chain.doFilter(request, response);
  }
}
