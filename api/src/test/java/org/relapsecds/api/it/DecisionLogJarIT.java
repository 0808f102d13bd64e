package org.relapsecds.api.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The decision log of the real executable jar, on its default embedded H2 file database under the
 * data directory: an evaluation's id comes back in body and header, the service key cannot read the
 * log, the editor reads and replays it.
 */
class DecisionLogJarIT {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static ExecutableJarServer server;
  private final HttpClient client = HttpClient.newHttpClient();

  @BeforeAll
  static void startServer() {
    server = ExecutableJarServer.get();
  }

  @Test
  void anEvaluationIsRecordedReadableByTheEditorNotTheServiceAndReplays() throws Exception {
    HttpResponse<String> evaluated =
        client.send(
            HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/v1/evaluations"))
                .header("Content-Type", "application/json")
                .header("X-API-Key", server.apiKey())
                .POST(HttpRequest.BodyPublishers.ofString(ExecutableJarIT.contractExample()))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(evaluated.statusCode()).isEqualTo(200);
    String id = JSON.readTree(evaluated.body()).path("decisionId").asString();
    assertThat(evaluated.headers().firstValue("X-Decision-Id")).hasValue(id);

    assertThat(send("GET", "/api/v1/decisions/" + id, "X-API-Key", server.apiKey()).statusCode())
        .isEqualTo(403);
    String basic =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(
                    (server.editorUser() + ":" + server.editorPassword())
                        .getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> read = null;
    for (int attempt = 0; attempt < 50; attempt++) {
      read = send("GET", "/api/v1/decisions/" + id, "Authorization", basic);
      if (read.statusCode() == 200) {
        break;
      }
      Thread.sleep(100); // recorded off the request thread
    }
    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    JsonNode decision = JSON.readTree(read.body());
    assertThat(decision.path("decision").path("caller").asString()).isEqualTo("bootstrap");
    assertThat(decision.path("facts").path("caseId").asString()).isEqualTo("demo-001");

    HttpResponse<String> replay =
        send("POST", "/api/v1/decisions/" + id + "/replay", "Authorization", basic);
    assertThat(replay.statusCode()).as(replay.body()).isEqualTo(200);
    assertThat(JSON.readTree(replay.body()).path("reproduced").asBoolean()).isTrue();
    assertThat(server.workDirectory().resolve("data/db/relapse-cds.mv.db")).exists();
  }

  private HttpResponse<String> send(String method, String path, String header, String value)
      throws Exception {
    return client.send(
        HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
            .header(header, value)
            .method(method, HttpRequest.BodyPublishers.noBody())
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
