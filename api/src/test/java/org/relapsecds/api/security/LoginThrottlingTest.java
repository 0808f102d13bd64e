package org.relapsecds.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.relapsecds.api.support.CsrfCookie.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.relapsecds.api.audit.AuditLog;
import org.relapsecds.api.support.ApiTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;

/**
 * Login throttling through the whole filter chain: form login, HTTP Basic and API keys; blocks per
 * account and per address with Retry-After; audited. Each test uses its own client addresses
 * (documentation ranges) so that blocks never reach the other tests.
 */
class LoginThrottlingTest extends ApiTestSupport {
  @Autowired AuditLog audit;

  static RequestPostProcessor from(String address) {
    return request -> {
      request.setRemoteAddr(address);
      return request;
    };
  }

  private int status(MockHttpServletRequestBuilder request) throws Exception {
    return mvc.perform(request).andReturn().getResponse().getStatus();
  }

  private static void assertRefused(MockHttpServletResponse response) throws Exception {
    assertThat(response.getStatus()).isEqualTo(429);
    assertThat(response.getContentType()).startsWith("application/problem+json");
    long retryAfter = Long.parseLong(response.getHeader("Retry-After"));
    assertThat(retryAfter).isBetween(1L, 900L);
    JsonNode problem = JSON.readTree(response.getContentAsString());
    assertThat(problem.path("type").asString())
        .isEqualTo("urn:relapse-cds:problem:too-many-failed-logins");
    assertThat(problem.path("instance").asString()).isNotBlank();
  }

  @Test
  void fiveWrongPasswordsBlockTheAccountEvenForTheRightPasswordAndFromElsewhere() throws Exception {
    List<Integer> answers = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      answers.add(
          status(
              get("/api/v1/me")
                  .with(httpBasic(THROTTLED_USER, "wrong-" + i))
                  .with(from("192.0.2." + (10 + i)))));
    }
    assertThat(answers).containsOnly(401);

    assertRefused(
        mvc.perform(
                get("/api/v1/me")
                    .with(httpBasic(THROTTLED_USER, CLINICIAN_PASSWORD))
                    .with(from("192.0.2.99")))
            .andReturn()
            .getResponse());
    assertRefused(
        mvc.perform(
                post("/login")
                    .param("username", THROTTLED_USER)
                    .param("password", CLINICIAN_PASSWORD)
                    .with(csrf())
                    .with(from("192.0.2.98")))
            .andReturn()
            .getResponse());
    // another account from the same addresses is not affected
    assertThat(
            status(
                get("/api/v1/me")
                    .with(httpBasic("clinician", CLINICIAN_PASSWORD))
                    .with(from("192.0.2.10"))))
        .isEqualTo(200);
    assertThat(audit.recent(50, "login.throttled"))
        .anySatisfy(e -> assertThat(e.actor()).isEqualTo(THROTTLED_USER));
  }

  @Test
  void aSuccessResetsTheCount() throws Exception {
    for (int round = 0; round < 3; round++) {
      for (int i = 0; i < 4; i++) {
        assertThat(
                status(
                    get("/api/v1/me")
                        .with(httpBasic(RESET_USER, "wrong"))
                        .with(from("198.51.100.20"))))
            .isEqualTo(401);
      }
      assertThat(
              status(
                  get("/api/v1/me")
                      .with(httpBasic(RESET_USER, CLINICIAN_PASSWORD))
                      .with(from("198.51.100.20"))))
          .as("round " + round)
          .isEqualTo(200);
    }
  }

  @Test
  void wrongApiKeysBlockTheAddressAreAuditedAndNeverRecorded() throws Exception {
    String address = "203.0.113.7";
    for (int i = 0; i < 20; i++) {
      assertThat(
              status(
                  get("/api/v1/me")
                      .header("X-API-Key", "guess-" + i + "-secret")
                      .with(from(address))))
          .isEqualTo(401);
    }

    assertRefused(
        mvc.perform(get("/api/v1/me").header("X-API-Key", API_KEY).with(from(address)))
            .andReturn()
            .getResponse());
    assertThat(status(get("/api/v1/me").header("X-API-Key", API_KEY).with(from("203.0.113.8"))))
        .isEqualTo(200);
    assertThat(audit.recent(200, "login.failed"))
        .anySatisfy(
            e -> {
              assertThat(e.actor()).isEqualTo("unknown API key");
              assertThat(e.detail()).contains(address);
            });
    assertThat(audit.recent(200, "login.throttled"))
        .anySatisfy(e -> assertThat(e.detail()).contains(address));
    assertThat(audit.recent(1000, null))
        .noneMatch(e -> (e.actor() + " " + e.target() + " " + e.detail()).contains("-secret"));
  }

  @Test
  void formLoginFailuresCountToo() throws Exception {
    String address = "203.0.113.50";
    for (int i = 0; i < 5; i++) {
      mvc.perform(
          post("/login")
              .param("username", "no-such-user-" + address)
              .param("password", "x")
              .with(csrf())
              .with(from(address)));
    }

    assertRefused(
        mvc.perform(
                post("/login")
                    .param("username", "no-such-user-" + address)
                    .param("password", "x")
                    .with(csrf())
                    .with(from("203.0.113.51")))
            .andReturn()
            .getResponse());
  }
}
