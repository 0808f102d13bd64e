package org.relapsecds.api.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.relapsecds.api.support.RawHttp;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hostile requests of {@code HostileHttpCases} against the real executable jar, over a raw
 * socket: Tomcat's own refusals must be problem documents in the jar too (the valve is installed by
 * a customizer, which only a real server exercises end to end).
 */
class HostileHttpJarIT {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static ExecutableJarServer server;

  @BeforeAll
  static void startServer() {
    server = ExecutableJarServer.get();
  }

  @ParameterizedTest(name = "{0}: {2} problem")
  @MethodSource("org.relapsecds.api.http.HostileHttpCases#cases")
  void tomcatsRefusalsAreProblemsInTheJar(String name, String request, int status)
      throws Exception {
    RawHttp.Answer answer =
        RawHttp.send(server.port(), request.replace("{API_KEY}", server.apiKey()));

    assertThat(answer.status()).as(answer.body()).isEqualTo(status);
    assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
    assertThat(answer.body()).doesNotContain("<html");
    JsonNode problem = JSON.readTree(answer.body());
    assertThat(problem.path("status").asInt()).isEqualTo(status);
    assertThat(problem.path("type").asString()).startsWith("urn:relapse-cds:problem:");
    assertThat(problem.path("instance").asString()).startsWith("/");
  }
}
