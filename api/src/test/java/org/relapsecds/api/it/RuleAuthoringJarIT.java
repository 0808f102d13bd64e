package org.relapsecds.api.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rule authoring in the real executable jar: JGit, the rule check's class-path scan of the fact
 * model and the acceptance scenarios of the publishing gate all read from nested jars there.
 */
class RuleAuthoringJarIT {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static ExecutableJarServer server;
  private final HttpClient client = HttpClient.newHttpClient();

  @BeforeAll
  static void startServer() {
    server = ExecutableJarServer.get();
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
        .header("Authorization", server.editorBasicAuth());
  }

  private HttpResponse<String> send(HttpRequest request) throws Exception {
    return client.send(request, HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void theRepositoryIsCreatedFromTheBundledRulesAndAnEditIsPublishedThroughTheGate()
      throws Exception {
    assertThat(server.rulesRepository().resolve(".git")).isDirectory();
    HttpResponse<String> file = send(request("/api/v1/rules/site.drl").GET().build());
    assertThat(file.statusCode()).isEqualTo(200);
    String etag = file.headers().firstValue("ETag").orElseThrow();

    HttpResponse<String> saved =
        send(
            request("/api/v1/rules/site.drl")
                .header("Content-Type", "text/plain")
                .header("If-Match", etag)
                .PUT(HttpRequest.BodyPublishers.ofString(file.body() + "\n// reviewed\n"))
                .build());
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    String draft =
        JSON.readTree(send(request("/api/v1/rules/draft").GET().build()).body())
            .path("draftCommit")
            .asString();

    HttpResponse<String> published =
        send(
            request("/api/v1/rules/publish")
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"reason\":\"Reviewed the site rules\",\"draftCommit\":\""
                            + draft
                            + "\"}"))
                .build());

    assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
    JsonNode activation = JSON.readTree(published.body());
    JsonNode knowledgeBase =
        JSON.readTree(send(request("/api/v1/knowledge-base").GET().build()).body());
    assertThat(knowledgeBase.path("version").asString())
        .isEqualTo(activation.path("knowledgeBaseVersion").asString());
    assertThat(Files.readString(server.rulesRepository().resolve("site.drl")))
        .endsWith("// reviewed\n");
  }

  @Test
  void rulesThatNeverFinishAreRefusedByTheGateAndTheServerGoesOn() throws Exception {
    String echo =
        "package org.relapsecds.rules.kb;\n\nimport org.relapsecds.rules.model.*;\n\n"
            + "rule \"Echo every alert\"\n"
            + "  @evidence(\"Tallen2010\") @status(\"unverified\")\n"
            + "when\n  Alert()\nthen\n"
            + "  insert(new Alert(AlertCode.NOT_COVERED, Severity.INFO, \"echo\"));\nend\n";
    String versionBefore =
        JSON.readTree(send(request("/api/v1/knowledge-base").GET().build()).body())
            .path("version")
            .asString();
    HttpResponse<String> created =
        send(
            request("/api/v1/rules/echo.drl")
                .header("Content-Type", "text/plain")
                .header("If-None-Match", "*")
                .PUT(HttpRequest.BodyPublishers.ofString(echo))
                .build());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String draft =
        JSON.readTree(send(request("/api/v1/rules/draft").GET().build()).body())
            .path("draftCommit")
            .asString();

    long start = System.nanoTime();
    HttpResponse<String> refused =
        send(
            request("/api/v1/rules/publish")
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"reason\":\"Echo alerts\",\"draftCommit\":\"" + draft + "\"}"))
                .build());
    long seconds = (System.nanoTime() - start) / 1_000_000_000L;

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
    assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(refused.body()).contains("\"step\":\"limits\"").contains("Echo every alert");
    assertThat(seconds).isLessThan(60); // the gate's time limit
    // the lock is free and the server serves: the draft can be dropped, the old rules answer
    HttpResponse<String> dropped = send(request("/api/v1/rules/draft").DELETE().build());
    assertThat(dropped.statusCode()).as(dropped.body()).isBetween(200, 204);
    assertThat(
            JSON.readTree(send(request("/api/v1/knowledge-base").GET().build()).body())
                .path("version")
                .asString())
        .isEqualTo(versionBefore);
  }

  @Test
  void aRuleReachingTheOperatingSystemIsRefusedByTheRuleCheckInTheJar() throws Exception {
    String hostile =
        "package org.relapsecds.rules.kb;\nimport org.relapsecds.rules.model.*;\n"
            + "rule \"r\" @evidence(\"Tallen2010\") @status(\"verified\")\nwhen\n"
            + "  RelapseCase()\nthen\n"
            + "  insert(new MissingData(\"x\", \"\" + Scheme.BFM.getDeclaringClass()"
            + ".getClassLoader().loadClass(\"java.lang.Run\" + \"time\")));\nend\n";

    HttpResponse<String> validation =
        send(
            request("/api/v1/rules/validate")
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        JSON.writeValueAsString(
                            java.util.Map.of("file", "hostile.drl", "text", hostile))))
                .build());

    assertThat(validation.statusCode()).as(validation.body()).isEqualTo(200);
    JsonNode body = JSON.readTree(validation.body());
    assertThat(body.path("valid").asBoolean()).isFalse();
    assertThat(body.path("lint").path(0).path("line").asInt()).isEqualTo(7);
    assertThat(body.path("lint").path(0).path("message").asString())
        .contains("a consequence may only insert a fact of the model");
  }
}
