package org.relapsecds.api.support;

import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A CSRF token sent the way the web UI sends it: the {@code XSRF-TOKEN} cookie and the same value
 * in the {@code X-XSRF-TOKEN} header, checked by the application's own cookie token repository.
 *
 * <p>Why not Spring Security's {@code SecurityMockMvcRequestPostProcessors.csrf()}: it replaces the
 * token repository of the shared filter chain with a session-backed test one, for every later
 * request in the context (real HTTP included), so the login page stops setting {@code XSRF-TOKEN}
 * in whichever test runs next.
 */
public final class CsrfCookie {
  private CsrfCookie() {}

  /** A fresh token as cookie and header. */
  public static RequestPostProcessor csrf() {
    String token = UUID.randomUUID().toString();
    return request -> {
      Cookie[] existing = request.getCookies();
      Cookie[] cookies =
          existing == null ? new Cookie[1] : java.util.Arrays.copyOf(existing, existing.length + 1);
      cookies[cookies.length - 1] = new Cookie("XSRF-TOKEN", token);
      request.setCookies(cookies);
      request.addHeader("X-XSRF-TOKEN", token);
      return request;
    };
  }
}
