package org.relapsecds.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.relapsecds.api.support.ApiTestSupport;

/**
 * A browser session over real HTTP: login with the CSRF token from the cookie, then the session may
 * evaluate only with the token in {@code X-XSRF-TOKEN}; logout ends it.
 */
class BrowserSessionCsrfTest extends ApiTestSupport {
  private final CookieManager cookies = new CookieManager();
  private final HttpClient browser =
      HttpClient.newBuilder()
          .cookieHandler(cookies)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  @Test
  void aSessionMustSendTheCsrfTokenWithEveryChange() throws Exception {
    send(HttpRequest.newBuilder(uri("/login.html")).GET());
    String loginToken = xsrfCookie();
    assertThat(loginToken).as("XSRF-TOKEN cookie on the login page").isNotNull();

    HttpResponse<String> login =
        send(
            HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "username=clinician&password="
                            + CLINICIAN_PASSWORD
                            + "&_csrf="
                            + URLEncoder.encode(loginToken, StandardCharsets.UTF_8))));
    assertThat(login.statusCode()).isEqualTo(302);
    assertThat(login.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/"));

    HttpResponse<String> me = send(HttpRequest.newBuilder(uri("/api/v1/me")).GET());
    assertThat(me.body()).contains("\"clinician\"").contains("CLINICIAN");

    HttpResponse<String> withoutToken = send(evaluation());
    assertThat(withoutToken.statusCode()).isEqualTo(403);
    assertThat(withoutToken.headers().firstValue("Content-Type"))
        .hasValue("application/problem+json");

    HttpResponse<String> withToken = send(evaluation().header("X-XSRF-TOKEN", xsrfCookie()));
    assertThat(withToken.statusCode()).as(withToken.body()).isEqualTo(200);

    HttpResponse<String> logout =
        send(
            HttpRequest.newBuilder(uri("/logout"))
                .header("Accept", "text/html")
                .header("X-XSRF-TOKEN", xsrfCookie())
                .POST(HttpRequest.BodyPublishers.noBody()));
    assertThat(logout.statusCode()).isEqualTo(302);
    assertThat(logout.headers().firstValue("Location").orElseThrow())
        .endsWith("/login.html?logout");
    assertThat(send(HttpRequest.newBuilder(uri("/api/v1/me")).GET()).statusCode()).isEqualTo(401);
  }

  @Test
  void aWrongLoginIsSentBackToTheLoginPage() throws Exception {
    send(HttpRequest.newBuilder(uri("/login.html")).GET());
    HttpResponse<String> login =
        send(
            HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", xsrfCookie())
                .POST(HttpRequest.BodyPublishers.ofString("username=clinician&password=nope")));
    assertThat(login.statusCode()).isEqualTo(302);
    assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/login.html?error");
  }

  private HttpRequest.Builder evaluation() {
    return HttpRequest.newBuilder(uri("/api/v1/evaluations"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(contractExample()));
  }

  private String xsrfCookie() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue)
        .reduce((first, second) -> second)
        .orElse(null);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
