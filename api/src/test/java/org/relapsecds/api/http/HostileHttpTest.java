package org.relapsecds.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.relapsecds.api.support.ApiTestSupport;
import org.relapsecds.api.support.RawHttp;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

/**
 * Hostile HTTP over a raw socket against the test server: what Tomcat refuses before Spring, the
 * error dispatch, and compressed bodies, all answered as problem documents with type and instance.
 */
class HostileHttpTest extends ApiTestSupport {

  /** The answer is a complete problem document of this status; never HTML. */
  static JsonNode assertProblem(RawHttp.Answer answer, int status) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(status);
    assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
    assertThat(answer.body()).doesNotContain("<html").doesNotContain("Exception");
    JsonNode problem = JSON.readTree(answer.body());
    assertThat(problem.path("status").asInt()).isEqualTo(status);
    assertThat(problem.path("type").asString()).startsWith("urn:relapse-cds:problem:");
    assertThat(problem.path("title").asString()).isNotBlank();
    assertThat(problem.path("detail").asString()).isNotBlank();
    assertThat(problem.path("instance").asString()).startsWith("/");
    return problem;
  }

  @ParameterizedTest(name = "{0}: {2} problem")
  @MethodSource("org.relapsecds.api.http.HostileHttpCases#cases")
  void tomcatsRefusalsAreProblems(String name, String request, int status) throws Exception {
    RawHttp.Answer answer = RawHttp.send(port, request.replace("{API_KEY}", API_KEY));

    assertProblem(answer, status);
  }

  @Test
  void theRefusalOfABadPathNamesThePathEncodedAsInstance() throws Exception {
    JsonNode problem =
        assertProblem(
            RawHttp.send(port, "GET /api/%ZZ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"),
            400);

    assertThat(problem.path("type").asString()).isEqualTo("urn:relapse-cds:problem:malformed-http");
    assertThat(problem.path("instance").asString()).isEqualTo("/api/%25ZZ");
  }

  @Test
  void theErrorDispatchNamesTheOriginalPathNotError() throws Exception {
    JsonNode problem =
        assertProblem(
            RawHttp.send(
                port, "GET /api;x=1/v1/me HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"),
            400);

    assertThat(problem.path("instance").asString()).isEqualTo("/api;x=1/v1/me");
  }

  @ParameterizedTest(name = "Content-Encoding: {0} is refused with 415")
  @ValueSource(strings = {"gzip", "br", "deflate", "x-gzip", "identity, gzip", "GZIP", "compress"})
  void aCompressedBodyIsRefused(String coding) throws Exception {
    RawHttp.Answer answer =
        RawHttp.send(
            port,
            "POST /api/v1/evaluations HTTP/1.1\r\nHost: x\r\nX-API-Key: "
                + API_KEY
                + "\r\nContent-Type: application/json\r\nContent-Encoding: "
                + coding
                + "\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}");

    JsonNode problem = assertProblem(answer, 415);
    assertThat(problem.path("type").asString())
        .isEqualTo("urn:relapse-cds:problem:unsupported-content-encoding");
    assertThat(answer.header("Accept-Encoding")).isEqualTo("identity");
  }

  @ParameterizedTest(name = "Content-Encoding: {0} is read as it is")
  @ValueSource(strings = {"identity", "Identity", " identity "})
  void anIdentityBodyIsRead(String coding) throws Exception {
    mvc.perform(
            post("/api/v1/evaluations")
                .header("X-API-Key", API_KEY)
                .header("Content-Encoding", coding)
                .contentType(MediaType.APPLICATION_JSON)
                .content(contractExample()))
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk());
  }

  static Stream<Arguments> securityProblems() {
    return Stream.of(
        Arguments.of("no credentials", get("/api/v1/me"), 401),
        Arguments.of("wrong API key", get("/api/v1/me").header("X-API-Key", "nope"), 401),
        Arguments.of(
            "wrong password",
            get("/api/v1/me")
                .with(
                    org.springframework.security.test.web.servlet.request
                        .SecurityMockMvcRequestPostProcessors.httpBasic("clinician", "nope")),
            401),
        Arguments.of("role not allowed", get("/api/v1/rules").header("X-API-Key", API_KEY), 403),
        Arguments.of("unknown path", get("/api/v1/nothing").header("X-API-Key", API_KEY), 404),
        Arguments.of(
            "wrong method",
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete(
                    "/api/v1/knowledge-base")
                .header("X-API-Key", API_KEY),
            405));
  }

  @ParameterizedTest(name = "{0}: {2} with type and instance")
  @MethodSource("securityProblems")
  void everyProblemHasATypeAndAnInstance(
      String name, MockHttpServletRequestBuilder request, int status) throws Exception {
    MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();

    assertThat(response.getStatus()).isEqualTo(status);
    assertThat(response.getContentType()).startsWith("application/problem+json");
    JsonNode problem = JSON.readTree(response.getContentAsString());
    assertThat(problem.path("type").asString()).startsWith("urn:relapse-cds:problem:");
    assertThat(problem.path("instance").asString()).startsWith("/api/v1/");
  }
}
