package org.relapsecds.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.http.Cookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.relapsecds.api.support.ApiTestSupport;

/** The cookies of a browser session, as Tomcat and Spring Security send them over real HTTP. */
class SessionCookieTest extends ApiTestSupport {
  private final HttpClient client =
      HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  private static String cookie(HttpResponse<?> response, String name) {
    List<String> set = response.headers().allValues("Set-Cookie");
    return set.stream().filter(c -> c.startsWith(name + "=")).findFirst().orElse(null);
  }

  @Test
  void theSessionAndCsrfCookiesAreSameSiteStrictAndTheSessionHttpOnly() throws Exception {
    HttpResponse<String> page =
        client.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login.html")).build(),
            HttpResponse.BodyHandlers.ofString());
    String xsrf = cookie(page, "XSRF-TOKEN");
    assertThat(xsrf).as("XSRF-TOKEN cookie").isNotNull().containsIgnoringCase("SameSite=Strict");
    String token = xsrf.substring("XSRF-TOKEN=".length(), xsrf.indexOf(';'));

    HttpResponse<String> login =
        client.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "XSRF-TOKEN=" + token)
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "username=clinician&password="
                            + CLINICIAN_PASSWORD
                            + "&_csrf="
                            + URLEncoder.encode(token, StandardCharsets.UTF_8)))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(login.statusCode()).isEqualTo(302);
    String session = cookie(login, "JSESSIONID");
    assertThat(session)
        .as("session cookie")
        .isNotNull()
        .containsIgnoringCase("SameSite=Strict")
        .containsIgnoringCase("HttpOnly")
        .doesNotContainIgnoringCase("Secure"); // plain HTTP here; Tomcat adds it over TLS
  }

  @Test
  void overTlsTheCsrfCookieIsSecure() throws Exception {
    Cookie xsrf =
        mvc.perform(get("/login.html").secure(true))
            .andReturn()
            .getResponse()
            .getCookie("XSRF-TOKEN");

    assertThat(xsrf).isNotNull();
    assertThat(xsrf.getSecure()).isTrue();
  }
}
