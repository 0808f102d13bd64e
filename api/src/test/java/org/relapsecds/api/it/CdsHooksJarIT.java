package org.relapsecds.api.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.relapsecds.api.cdshooks.CdsClientKeys;
import org.relapsecds.api.cdshooks.FhirRecords;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * CDS Hooks over real HTTP against the executable jar: discovery, a patient-view call with the
 * complete FHIR record (HAPI and Nimbus inside the repackaged jar, the H2 database through Flyway),
 * feedback, and a refused token. Writes the request and answer to {@code target/cds-hooks-example/}
 * for docs/cds-hooks.md.
 */
class CdsHooksJarIT {
  static final JsonMapper JSON = JsonMapper.builder().build();
  static ExecutableJarServer server;
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    server = ExecutableJarServer.get();
    CdsClientKeys.writeJwks(server.cdsClientJwks());
  }

  static HttpResponse<String> post(String path, String body, String authorization)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void discoveryCallAndFeedbackWorkInTheExecutableJar() throws Exception {
    HttpResponse<String> discovery =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(server.baseUrl() + "/cds-services")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(discovery.statusCode()).isEqualTo(200);
    assertThat(discovery.body()).contains("relapsed-all-assessment", "relapsed-all-order-check");

    String path = "/cds-services/relapsed-all-assessment";
    String body =
        FhirRecords.call("patient-view", FhirRecords.completeBAll().prefetch(), null, null);
    HttpResponse<String> call =
        post(path, body, CdsClientKeys.token(server.baseUrl() + path).bearer());
    assertThat(call.statusCode()).as(call.body()).isEqualTo(200);
    JsonNode cards = JSON.readTree(call.body()).get("cards");
    assertThat(cards.get(0).get("summary").asString())
        .isEqualTo(
            "Relapse, combined: BFM S2 · UK ALL R3 intermediate · COG low; HSCT indicated: UK ALL R3");
    assertThat(cards.get(0).get("links").get(0).get("url").asString())
        .startsWith(server.baseUrl() + "/#workbench/case=");
    Path examples = Path.of("target", "cds-hooks-example");
    Files.createDirectories(examples);
    Files.writeString(
        examples.resolve("request.json"),
        JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(body)),
        StandardCharsets.UTF_8);
    Files.writeString(
        examples.resolve("response.json"),
        JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(call.body())),
        StandardCharsets.UTF_8);

    String feedbackPath = path + "/feedback";
    String feedback =
        "{\"feedback\":[{\"card\":\""
            + cards.get(0).get("uuid").asString()
            + "\",\"outcome\":\"accepted\",\"outcomeTimestamp\":\"2026-12-01T10:00:00Z\"}]}";
    assertThat(
            post(
                    feedbackPath,
                    feedback,
                    CdsClientKeys.token(server.baseUrl() + feedbackPath).bearer())
                .statusCode())
        .isEqualTo(200);

    HttpResponse<String> refused =
        post(path, body, "Bearer " + CdsClientKeys.token(server.baseUrl() + path).unsigned());
    assertThat(refused.statusCode()).isEqualTo(401);
    assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(server.log()).contains("CDS Hooks: refused POST " + path);

    // the jti replay check is the database table (V11): a token served once is refused after
    String once = CdsClientKeys.token(server.baseUrl() + path).bearer();
    assertThat(post(path, body, once).statusCode()).isEqualTo(200);
    HttpResponse<String> replayed = post(path, body, once);
    assertThat(replayed.statusCode()).isEqualTo(401);
    assertThat(replayed.body()).contains("replay");
  }
}
