package org.relapsecds.api.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/** Feedback on cards: stored once per item, checked, and counted per rule for rule editors. */
class CdsHooksFeedbackTest extends CdsHooksTestSupport {
  static final String FEEDBACK = "/cds-services/" + ASSESSMENT + "/feedback";

  MvcResult feedback(String body) throws Exception {
    return mvc.perform(
            post(FEEDBACK)
                .header("Authorization", CdsClientKeys.token(url(FEEDBACK)).bearer())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .andReturn();
  }

  JsonNode ruleStats(String rule) throws Exception {
    MvcResult result =
        mvc.perform(get("/api/v1/cds-hooks/feedback").with(httpBasic("editor", EDITOR_PASSWORD)))
            .andReturn();
    assertThat(result.getResponse().getStatus()).isEqualTo(200);
    for (JsonNode r : JSON.readTree(result.getResponse().getContentAsString()).get("rules")) {
      if (r.get("rule").asString().equals(rule)) {
        return r;
      }
    }
    return null;
  }

  @Test
  void anOverrideIsStoredOnceAndCountedForTheCardsRules() throws Exception {
    List<JsonNode> cards =
        cards(
            call(
                ASSESSMENT,
                FhirRecords.call(
                    "patient-view",
                    FhirRecords.completeBAll().without("BM-MRD").prefetch(),
                    null,
                    null)));
    JsonNode missing =
        cards.stream()
            .filter(c -> c.get("summary").asString().startsWith("Missing response.mrd"))
            .findFirst()
            .orElseThrow();
    String rule =
        missing
            .get("detail")
            .asString()
            .replaceAll("(?s).*_Rules:_ ", "")
            .split("; ")[0]
            .replace("\\", "");
    JsonNode before = ruleStats(rule);
    int shownBefore = before == null ? 0 : before.get("shown").asInt();
    int overriddenBefore = before == null ? 0 : before.get("overridden").asInt();
    String item =
        """
        {"feedback":[{"card":"%s","outcome":"overridden","outcomeTimestamp":"2026-12-01T10:00:00Z",
          "overrideReason":{"reason":{"system":"urn:relapse-cds:override-reason","code":"already-addressed",
          "display":"Already considered by the team"},"userComment":"MRD sample sent"}}]}
        """
            .formatted(missing.get("uuid").asString());
    assertThat(feedback(item).getResponse().getStatus()).isEqualTo(200);
    assertThat(feedback(item).getResponse().getStatus())
        .as("the same item again: idempotent")
        .isEqualTo(200);
    JsonNode after = ruleStats(rule);
    assertThat(after.get("overridden").asInt()).isEqualTo(overriddenBefore + 1);
    assertThat(after.get("shown").asInt()).isGreaterThanOrEqualTo(shownBefore);
    assertThat(after.get("recentOverrides").get(0).get("comment").asString())
        .isEqualTo("MRD sample sent");
  }

  @Test
  void feedbackOnAnUnknownCardOrWithBadFieldsIs400NamingEach() throws Exception {
    MvcResult result =
        feedback(
            "{\"feedback\":[{\"card\":\"3f1a0c1e-0000-4000-8000-000000000000\",\"outcome\":\"ignored\",\"outcomeTimestamp\":\"yesterday\"}]}");
    assertThat(result.getResponse().getStatus()).isEqualTo(400);
    assertThat(result.getResponse().getContentAsString())
        .contains(
            "feedback[0].card",
            "feedback[0].outcome",
            "feedback[0].outcomeTimestamp",
            "OperationOutcome");
    assertThat(feedback("{\"feedback\":[]}").getResponse().getStatus()).isEqualTo(400);
  }

  @Test
  void theFeedbackApiIsForRuleReadersOnly() throws Exception {
    assertThat(
            mvc.perform(get("/api/v1/cds-hooks/feedback").header("X-API-Key", API_KEY))
                .andReturn()
                .getResponse()
                .getStatus())
        .isEqualTo(403);
    assertThat(mvc.perform(get("/api/v1/cds-hooks/feedback")).andReturn().getResponse().getStatus())
        .isEqualTo(401);
  }
}
