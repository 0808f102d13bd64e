package org.relapsecds.api.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.relapsecds.api.support.CsrfCookie.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Every authoring endpoint without credentials, with a role that may not, with one that may. */
class RulesAuthorisationTest extends AuthoringTestSupport {

  enum Access {
    /** Clinicians and editors. */
    READ,
    /** Editors only. */
    EDIT
  }

  static Stream<Arguments> endpoints() {
    return Stream.of(
        Arguments.of(HttpMethod.GET, "/api/v1/rules", null, null, Access.READ),
        Arguments.of(HttpMethod.GET, "/api/v1/rules/site.drl", null, null, Access.READ),
        Arguments.of(HttpMethod.GET, "/api/v1/rules/draft", null, null, Access.READ),
        Arguments.of(HttpMethod.GET, "/api/v1/rules/draft/impact", null, null, Access.EDIT),
        Arguments.of(HttpMethod.GET, "/api/v1/rules/history", null, null, Access.READ),
        Arguments.of(
            HttpMethod.POST,
            "/api/v1/rules/validate",
            MediaType.APPLICATION_JSON,
            "{\"file\":\"x.drl\",\"text\":\"package x;\"}",
            Access.EDIT),
        Arguments.of(
            HttpMethod.PUT, "/api/v1/rules/site.drl", MediaType.TEXT_PLAIN, "x", Access.EDIT),
        Arguments.of(HttpMethod.DELETE, "/api/v1/rules/site.drl", null, null, Access.EDIT),
        Arguments.of(HttpMethod.DELETE, "/api/v1/rules/draft", null, null, Access.EDIT),
        Arguments.of(
            HttpMethod.POST,
            "/api/v1/rules/publish",
            MediaType.APPLICATION_JSON,
            "{\"reason\":\"x\"}",
            Access.EDIT),
        Arguments.of(
            HttpMethod.POST,
            "/api/v1/rules/rollback",
            MediaType.APPLICATION_JSON,
            "{\"version\":\"ffffffffffff\",\"reason\":\"x\"}",
            Access.EDIT),
        Arguments.of(HttpMethod.POST, "/api/v1/rules/reload", null, null, Access.EDIT),
        Arguments.of(HttpMethod.GET, "/api/v1/audit", null, null, Access.EDIT));
  }

  private MockHttpServletResponse call(
      HttpMethod method, String path, MediaType type, String body, RequestPostProcessor who)
      throws Exception {
    MockHttpServletRequestBuilder request =
        request(method, path).accept(MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN);
    if (type != null) {
      request.contentType(type).content(body);
    }
    if (who != null) {
      request.with(who).with(csrf());
    }
    return mvc.perform(request).andReturn().getResponse();
  }

  @ParameterizedTest(name = "{0} {1} without credentials is 401")
  @MethodSource("endpoints")
  void withoutCredentialsTheAnswerIs401(
      HttpMethod method, String path, MediaType type, String body, Access access) throws Exception {
    MockHttpServletResponse response = call(method, path, type, body, null);

    assertThat(response.getStatus()).isEqualTo(401);
    assertThat(response.getContentType()).startsWith("application/problem+json");
  }

  @ParameterizedTest(name = "{0} {1} with a role that may not is 403")
  @MethodSource("endpoints")
  void withTheWrongRoleTheAnswerIs403(
      HttpMethod method, String path, MediaType type, String body, Access access) throws Exception {
    RequestPostProcessor wrong = access == Access.READ ? service() : clinician();

    MockHttpServletResponse response = call(method, path, type, body, wrong);

    assertThat(response.getStatus()).isEqualTo(403);
    assertThat(response.getContentType()).startsWith("application/problem+json");
  }

  @ParameterizedTest(name = "{0} {1} with the right role is let through")
  @MethodSource("endpoints")
  void withTheRightRoleTheRequestIsLetThrough(
      HttpMethod method, String path, MediaType type, String body, Access access) throws Exception {
    RequestPostProcessor right = access == Access.READ ? clinician() : editor();

    MockHttpServletResponse response = call(method, path, type, body, right);

    assertThat(response.getStatus()).isNotIn(401, 403).isLessThan(500);
  }
}
