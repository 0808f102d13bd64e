package org.relapsecds.api.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real executable jar, started with {@code java -jar}: nested-jar classpath problems (rule
 * resources, Drools' own configuration) only show here.
 */
class ExecutableJarIT {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static ExecutableJarServer server;
  private final HttpClient client = HttpClient.newHttpClient();

  @BeforeAll
  static void startServer() {
    server = ExecutableJarServer.get();
  }

  @Test
  void theJarEvaluatesTheContractExampleOverHttp() throws Exception {
    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/v1/evaluations"))
                .header("Content-Type", "application/json")
                .header("X-API-Key", server.apiKey())
                .POST(HttpRequest.BodyPublishers.ofString(contractExample()))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode outcome = JSON.readTree(response.body());
    JsonNode knowledgeBase = get("/api/v1/knowledge-base");
    assertThat(outcome.path("caseId").asString()).isEqualTo("demo-001");
    assertThat(outcome.path("knowledgeBase").path("version").asString())
        .isEqualTo(knowledgeBase.path("version").asString());
    assertThat(outcome.path("knowledgeBase").path("ruleCount").asInt())
        .isEqualTo(knowledgeBase.path("ruleCount").asInt())
        .isPositive();
    assertThat(outcome.path("relapse").path("monthsFromDiagnosis").asInt()).isEqualTo(42);
    assertThat(outcome.path("relapse").path("monthsFromEndOfTherapy").asInt()).isEqualTo(18);
    JsonNode risk = outcome.path("risk");
    assertThat(risk.path("BFM").path("group").asString()).isEqualTo("S2");
    assertThat(risk.path("UK_R3").path("group").asString()).isEqualTo("INTERMEDIATE");
    assertThat(risk.path("UK_R3").path("hsct").asString()).isEqualTo("INDICATED");
    assertThat(risk.path("COG").path("group").asString()).isEqualTo("LOW");
    assertThat(outcome.path("firedRules").size()).isPositive();
    for (JsonNode fired : outcome.path("firedRules")) {
      assertThat(fired.path("file").asString()).endsWith(".drl");
      assertThat(fired.path("metadata").path("evidence").asString()).isNotBlank();
    }
  }

  @Test
  void theJarIsReadyWithItsKnowledgeBaseAndRejectsAnonymousEvaluations() throws Exception {
    assertThat(get("/actuator/info").path("knowledgeBase").path("version").asString()).isNotBlank();
    HttpResponse<String> anonymous =
        client.send(
            HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/v1/evaluations"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(contractExample()))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(server.log()).contains("relapse-cds ready in");
  }

  private JsonNode get(String path) throws IOException, InterruptedException {
    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header("X-API-Key", server.apiKey())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  static String contractExample() throws IOException {
    try (InputStream in =
        ExecutableJarIT.class.getResourceAsStream("/org/relapsecds/api/contract-example.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
