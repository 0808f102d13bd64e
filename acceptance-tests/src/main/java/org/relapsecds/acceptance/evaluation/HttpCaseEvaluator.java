package org.relapsecds.acceptance.evaluation;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Evaluates cases over the JSON API of a running server ({@code POST /api/v1/evaluations}), with an
 * API key ({@code X-API-Key}) or HTTP Basic credentials. Thread-safe; one HTTP client is reused for
 * every scenario.
 */
public final class HttpCaseEvaluator implements CaseEvaluator {
  private static final String EVALUATIONS = "api/v1/evaluations";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final URI endpoint;
  private final String authHeader;
  private final String authValue;
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private HttpCaseEvaluator(URI baseUrl, String authHeader, String authValue) {
    String base = baseUrl.toString();
    this.endpoint = URI.create((base.endsWith("/") ? base : base + "/") + EVALUATIONS);
    this.authHeader = authHeader;
    this.authValue = authValue;
  }

  /** A client that authenticates with the API key header. */
  public static HttpCaseEvaluator withApiKey(URI baseUrl, String apiKey) {
    return new HttpCaseEvaluator(baseUrl, "X-API-Key", apiKey);
  }

  /** A client that authenticates with HTTP Basic. */
  public static HttpCaseEvaluator withBasic(URI baseUrl, String user, String password) {
    String token =
        Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return new HttpCaseEvaluator(baseUrl, "Authorization", "Basic " + token);
  }

  @Override
  public EvaluationResult evaluate(ClinicalCase clinicalCase) {
    String body =
        clinicalCase.rawBody() != null
            ? clinicalCase.rawBody()
            : JSON.writeValueAsString(clinicalCase.toRequest());
    HttpRequest request =
        HttpRequest.newBuilder(endpoint)
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json, application/problem+json")
            .header(authHeader, authValue)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build();
    HttpResponse<String> response;
    try {
      response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException("POST " + endpoint + " failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while calling " + endpoint, e);
    }
    return switch (response.statusCode()) {
      case 200 -> new EvaluationResult.Evaluated(outcome(JSON.readTree(response.body())));
      case 400 -> rejection(response.body());
      default ->
          throw new AssertionError(
              "POST "
                  + endpoint
                  + " answered "
                  + response.statusCode()
                  + " (expected 200 or 400): "
                  + response.body()
                  + "\nrequest: "
                  + body);
    };
  }

  @Override
  public String describe() {
    return "over HTTP, " + endpoint;
  }

  private static EvaluationResult rejection(String body) {
    JsonNode problem = JSON.readTree(body);
    List<String> fields = new ArrayList<>();
    for (JsonNode error : problem.path("errors")) {
      fields.add(error.path("field").asString(""));
    }
    return new EvaluationResult.Rejected(fields, body);
  }

  static CaseOutcome outcome(JsonNode root) {
    Map<String, CaseOutcome.SchemeResult> risk = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : root.path("risk").properties()) {
      JsonNode s = e.getValue();
      risk.put(
          e.getKey(),
          new CaseOutcome.SchemeResult(
              text(s, "timing"), text(s, "group"), text(s, "hsct"), text(s, "reason")));
    }
    List<CaseOutcome.Finding> recommendations = new ArrayList<>();
    for (JsonNode r : root.path("recommendations")) {
      Set<String> schemes = new TreeSet<>();
      r.path("schemes").forEach(s -> schemes.add(s.asString()));
      recommendations.add(
          new CaseOutcome.Finding(
              text(r, "code"),
              schemes,
              null,
              text(r, "title") + "\n" + text(r, "rationale"),
              evidence(r)));
    }
    List<CaseOutcome.Finding> alerts = new ArrayList<>();
    for (JsonNode a : root.path("alerts")) {
      alerts.add(
          new CaseOutcome.Finding(
              text(a, "code"), Set.of(), text(a, "severity"), text(a, "message"), evidence(a)));
    }
    List<CaseOutcome.Missing> missing = new ArrayList<>();
    for (JsonNode m : root.path("missingData")) {
      missing.add(new CaseOutcome.Missing(text(m, "field"), text(m, "reason")));
    }
    List<String> fired = new ArrayList<>();
    root.path("firedRules").forEach(f -> fired.add(text(f, "name")));
    return new CaseOutcome(
        text(root.path("relapse"), "site"), risk, recommendations, alerts, missing, fired);
  }

  private static List<String> evidence(JsonNode item) {
    List<String> keys = new ArrayList<>();
    item.path("evidence").forEach(e -> keys.add(e.isString() ? e.asString() : text(e, "key")));
    return keys;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isMissingNode() || value.isNull() ? null : value.asString();
  }
}
