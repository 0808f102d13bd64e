package org.relapsecds.api.security;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.relapsecds.api.support.CsrfCookie.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.relapsecds.api.support.ApiTestSupport;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Who may do what: no credentials 401, wrong role 403, right role through; all as problems. */
class EvaluationSecurityTest extends ApiTestSupport {

  static RequestPostProcessor apiKey(String key) {
    return request -> {
      request.addHeader("X-API-Key", key);
      return request;
    };
  }

  static RequestPostProcessor editor() {
    return httpBasic("editor", EDITOR_PASSWORD);
  }

  static RequestPostProcessor clinician() {
    return httpBasic("clinician", CLINICIAN_PASSWORD);
  }

  static MockHttpServletRequestBuilder evaluation() {
    return post("/api/v1/evaluations")
        .contentType(MediaType.APPLICATION_JSON)
        .content(contractExample());
  }

  static Stream<Arguments> allowed() {
    return Stream.of(
        Arguments.of("service API key evaluates", evaluation().with(apiKey(API_KEY))),
        Arguments.of("bcrypt-hashed API key evaluates", evaluation().with(apiKey(BCRYPT_API_KEY))),
        Arguments.of("clinician API key evaluates", evaluation().with(apiKey(CLINICIAN_API_KEY))),
        Arguments.of("clinician evaluates", evaluation().with(clinician())),
        Arguments.of("editor evaluates", evaluation().with(editor())),
        Arguments.of(
            "service reads the knowledge base",
            get("/api/v1/knowledge-base").with(apiKey(API_KEY))),
        Arguments.of(
            "clinician reads the knowledge base", get("/api/v1/knowledge-base").with(clinician())),
        Arguments.of(
            "editor reads the knowledge base", get("/api/v1/knowledge-base").with(editor())),
        Arguments.of("service reads metrics", get("/actuator/prometheus").with(apiKey(API_KEY))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("allowed")
  void theRightRoleIsLetThrough(String description, MockHttpServletRequestBuilder request)
      throws Exception {
    mvc.perform(request).andExpect(status().isOk());
  }

  static Stream<Arguments> forbidden() {
    return Stream.of(
        Arguments.of("service lists rules", get("/api/v1/rules").with(apiKey(API_KEY))),
        Arguments.of(
            "service reads a rule file", get("/api/v1/rules/site.drl").with(apiKey(API_KEY))),
        Arguments.of(
            "clinician edits a rule file",
            put("/api/v1/rules/site.drl")
                .contentType(MediaType.TEXT_PLAIN)
                .content("x")
                .with(clinician())),
        Arguments.of(
            "clinician publishes",
            post("/api/v1/rules/publish")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{}")
                .with(clinician())),
        Arguments.of(
            "service publishes",
            post("/api/v1/rules/publish")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{}")
                .with(apiKey(API_KEY))),
        Arguments.of("clinician reads metrics", get("/actuator/prometheus").with(clinician())));
  }

  @ParameterizedTest(name = "{0}: 403")
  @MethodSource("forbidden")
  void theWrongRoleIsForbidden(String description, MockHttpServletRequestBuilder request)
      throws Exception {
    mvc.perform(request)
        .andExpect(status().isForbidden())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(403));
  }

  @ParameterizedTest(name = "anonymous {0}: 401")
  @ValueSource(
      strings = {"/api/v1/knowledge-base", "/api/v1/me", "/api/v1/rules", "/actuator/prometheus"})
  void anonymousApiCallsGetA401ProblemNotARedirect(String path) throws Exception {
    mvc.perform(get(path))
        .andExpect(status().isUnauthorized())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(header().string("WWW-Authenticate", not(containsString("Basic"))));
  }

  @Test
  void anAnonymousEvaluationGetsA401() throws Exception {
    mvc.perform(evaluation())
        .andExpect(status().isUnauthorized())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
  }

  @Test
  void aWrongApiKeyGetsA401() throws Exception {
    mvc.perform(evaluation().with(apiKey("not-a-key")))
        .andExpect(status().isUnauthorized())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.detail", containsString("API key")));
  }

  @Test
  void aWrongPasswordGetsA401() throws Exception {
    mvc.perform(evaluation().with(httpBasic("editor", "guess")))
        .andExpect(status().isUnauthorized())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
  }

  @Test
  void meNamesTheCallerAndRoles() throws Exception {
    mvc.perform(get("/api/v1/me").with(editor()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.username").value("editor"))
        .andExpect(jsonPath("$.roles[0]").value("RULE_EDITOR"));
    mvc.perform(get("/api/v1/me").with(apiKey(API_KEY)))
        .andExpect(jsonPath("$.username").value("bootstrap"))
        .andExpect(jsonPath("$.roles[0]").value("SERVICE"));
  }

  @Test
  void formLoginGoesToTheHomePage() throws Exception {
    mvc.perform(
            post("/login")
                .param("username", "clinician")
                .param("password", CLINICIAN_PASSWORD)
                .with(csrf()))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/"));
  }

  @Test
  void aFailedFormLoginGoesBackToTheLoginPage() throws Exception {
    mvc.perform(
            post("/login").param("username", "clinician").param("password", "wrong").with(csrf()))
        .andExpect(status().isFound())
        .andExpect(redirectedUrl("/login.html?error"));
  }

  @Test
  void aBrowserPageNeedingLoginRedirectsToTheLoginPage() throws Exception {
    mvc.perform(get("/editor.html").accept(MediaType.TEXT_HTML))
        .andExpect(status().isFound())
        .andExpect(header().string("Location", containsString("/login.html")));
  }

  @ParameterizedTest(name = "{0} is public")
  @ValueSource(
      strings = {
        "/",
        "/actuator/health",
        "/actuator/health/liveness",
        "/actuator/health/readiness",
        "/actuator/info",
        "/v3/api-docs"
      })
  void publicPagesNeedNoLogin(String path) throws Exception {
    mvc.perform(get(path)).andExpect(status().isOk());
  }

  @Test
  void responsesCarryTheSecurityHeaders() throws Exception {
    mvc.perform(get("/"))
        .andExpect(header().string("Content-Security-Policy", SecurityConfiguration.CSP))
        .andExpect(header().string("X-Frame-Options", "DENY"))
        .andExpect(header().string("X-Content-Type-Options", "nosniff"))
        .andExpect(header().string("Referrer-Policy", "same-origin"));
  }

  @Test
  void swaggerUiAloneMayUseInlineStyles() throws Exception {
    mvc.perform(get("/swagger-ui/index.html"))
        .andExpect(header().string("Content-Security-Policy", SecurityConfiguration.SWAGGER_CSP));
  }
}
