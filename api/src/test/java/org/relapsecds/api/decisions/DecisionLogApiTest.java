package org.relapsecds.api.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.relapsecds.api.support.CsrfCookie.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.relapsecds.api.audit.AuditLog;
import org.relapsecds.api.knowledgebase.ActiveKnowledgeBase;
import org.relapsecds.api.support.ApiTestSupport;
import org.relapsecds.rules.engine.KnowledgeBase;
import org.relapsecds.rules.engine.KnowledgeBaseCompiler;
import org.relapsecds.rules.engine.RuleSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every channel records its decisions; only auditors and rule editors read them; replay under the
 * recorded and the active knowledge base; retention and digest-only records.
 */
class DecisionLogApiTest extends ApiTestSupport {
  @Autowired DecisionStore store;
  @Autowired ActiveKnowledgeBase active;
  @Autowired KnowledgeBaseCompiler compiler;
  @Autowired AuditLog audit;

  private static String uniqueCase() {
    ObjectNode c = contractExampleTree();
    c.put("caseId", "dl-" + UUID.randomUUID());
    // knowledge base v2: the testis counts when listed, not by its laterality alone
    ((tools.jackson.databind.node.ArrayNode) c.get("relapse").get("extramedullarySites"))
        .add("TESTIS");
    return c.toString();
  }

  private DecisionRecord awaitRecorded(String decisionId) {
    return await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> store.find(decisionId), java.util.Optional::isPresent)
        .orElseThrow();
  }

  private static MockHttpServletRequestBuilder asAuditor(MockHttpServletRequestBuilder request) {
    return request.header("X-API-Key", AUDITOR_API_KEY);
  }

  @Test
  void aSingleEvaluationIsRecordedWithItsIdInTheBodyAndTheHeader() throws Exception {
    String body = uniqueCase();
    MvcResult result = evaluate(body).andExpect(status().isOk()).andReturn();
    JsonNode outcome = JSON.readTree(result.getResponse().getContentAsString());
    String id = outcome.path("decisionId").asString();

    assertThat(result.getResponse().getHeader("X-Decision-Id")).isEqualTo(id);
    DecisionRecord r = awaitRecorded(id);
    assertThat(r.channel()).isEqualTo(Channels.SINGLE);
    assertThat(r.caller()).isEqualTo(new Caller(Caller.API_KEY, "bootstrap"));
    assertThat(r.caseId()).isEqualTo(outcome.path("caseId").asString());
    assertThat(r.knowledgeBaseVersion()).isEqualTo(active.current().version());
    assertThat(r.caseJson()).isEqualTo(body);
    assertThat(r.caseSha256())
        .isEqualTo(DecisionRecorder.sha256(body.getBytes(StandardCharsets.UTF_8)));
    assertThat(r.outcome().risk().get("BFM").group()).isEqualTo("S2");
    assertThat(r.outcome().risk().get("UK_R3").hsct()).isEqualTo("INDICATED");
    assertThat(r.outcome().recommendations()).contains("REINDUCTION", "HSCT_IN_CR2");
    assertThat(r.outcome().alerts()).contains("NOT_A_TREATMENT_ORDER");
    assertThat(r.outcome().firedRules()).hasSize(outcome.path("firedRules").size());
    assertThat(r.durationMicros()).isPositive();
    assertThat(r.recordedAt()).isBefore(Instant.now().plusSeconds(1));
  }

  @Test
  void eachBatchLineIsADecisionOfItsOwnAndABadLineIsNone() throws Exception {
    String a = uniqueCase();
    String b = uniqueCase();
    String lines = a + "\n{\"caseId\":\"broken\"}\n" + b + "\n";
    String out =
        mvc.perform(
                post("/api/v1/evaluations/batch")
                    .header("X-API-Key", CLINICIAN_API_KEY)
                    .contentType(MediaType.APPLICATION_NDJSON)
                    .content(lines))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    List<JsonNode> answers = out.lines().map(JSON::readTree).toList();

    assertThat(answers.get(1).has("decisionId")).isFalse();
    for (int i : new int[] {0, 2}) {
      DecisionRecord r = awaitRecorded(answers.get(i).path("decisionId").asString());
      assertThat(r.channel()).isEqualTo(Channels.BATCH);
      assertThat(r.caller()).isEqualTo(new Caller(Caller.API_KEY, "ward-system"));
      assertThat(r.caseJson()).isEqualTo(i == 0 ? a : b);
    }
  }

  @Test
  void anEvaluationFromTheWorkbenchSessionIsRecordedAsWorkbenchByUser() throws Exception {
    String body = uniqueCase();
    String id =
        JSON.readTree(
                mvc.perform(
                        post("/api/v1/evaluations")
                            .with(user("carol").roles("CLINICIAN"))
                            .with(csrf())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(body))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString())
            .path("decisionId")
            .asString();

    DecisionRecord r = awaitRecorded(id);
    assertThat(r.channel()).isEqualTo(Channels.WORKBENCH);
    assertThat(r.caller()).isEqualTo(new Caller(Caller.USER, "carol"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "anonymous, 401",
    "service key, 403",
    "clinician key, 403",
    "clinician user, 403",
    "auditor key, 200",
    "rule editor, 200"
  })
  void onlyAuditorsAndRuleEditorsCanSearchReadAndReplayTheLog(String who, int expected)
      throws Exception {
    String id = evaluatedAndRecorded();
    for (MockHttpServletRequestBuilder request :
        List.of(
            get("/api/v1/decisions").param("caseId", store.find(id).orElseThrow().caseId()),
            get("/api/v1/decisions/" + id),
            post("/api/v1/decisions/" + id + "/replay"))) {
      MockHttpServletRequestBuilder as =
          switch (who) {
            case "anonymous" -> request;
            case "service key" -> request.header("X-API-Key", API_KEY);
            case "clinician key" -> request.header("X-API-Key", CLINICIAN_API_KEY);
            case "clinician user" -> request.with(user("carol").roles("CLINICIAN")).with(csrf());
            case "auditor key" -> request.header("X-API-Key", AUDITOR_API_KEY);
            case "rule editor" -> request.with(user("alice").roles("RULE_EDITOR")).with(csrf());
            default -> throw new IllegalArgumentException(who);
          };
      mvc.perform(as).andExpect(status().is(expected));
    }
  }

  @Test
  void anAuditorFindsADecisionByCaseCodeVersionAndCallerAndReadsTheCaseAsReceived()
      throws Exception {
    String id = evaluatedAndRecorded();
    DecisionRecord r = store.find(id).orElseThrow();

    mvc.perform(
            asAuditor(get("/api/v1/decisions"))
                .param("caseId", r.caseId())
                .param("code", "HSCT_IN_CR2")
                .param("knowledgeBaseVersion", r.knowledgeBaseVersion())
                .param("caller", "bootstrap")
                .param("from", r.recordedAt().toString().substring(0, 10))
                .param("to", r.recordedAt().toString().substring(0, 10)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.items[0].decisionId").value(id))
        .andExpect(jsonPath("$.items[0].channel").value("single"));
    mvc.perform(
            asAuditor(get("/api/v1/decisions"))
                .param("caseId", r.caseId())
                .param("code", "NO_SUCH"))
        .andExpect(jsonPath("$.total").value(0));
    mvc.perform(asAuditor(get("/api/v1/decisions/" + id)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.caseStored").value(true))
        .andExpect(jsonPath("$.facts.caseId").value(r.caseId()))
        .andExpect(jsonPath("$.facts.relapse.date").value("2018-07-10"))
        .andExpect(jsonPath("$.decision.outcome.risk.BFM.group").value("S2"));
    assertThat(audit.recent(5, "decision.read")).anyMatch(e -> id.equals(e.target()));
  }

  @Test
  void badSearchParametersAreAProblemNamingEachField() throws Exception {
    mvc.perform(
            asAuditor(get("/api/v1/decisions"))
                .param("from", "yesterday")
                .param("size", "100000")
                .param("page", "-1"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType("application/problem+json"))
        .andExpect(
            jsonPath("$.errors[*].field")
                .value(org.hamcrest.Matchers.containsInAnyOrder("from", "size", "page")));
    mvc.perform(asAuditor(get("/api/v1/decisions/no-such-id")))
        .andExpect(status().isNotFound())
        .andExpect(content().contentType("application/problem+json"));
  }

  @Test
  void replayUnderAChangedKnowledgeBaseShowsBothOutcomesAndTheirDifferences() throws Exception {
    String id = evaluatedAndRecorded();
    KnowledgeBase original = active.current();
    // the changed version no longer recommends local therapy of the testis: it biopsies instead
    KnowledgeBase withoutLocalTherapy =
        compiler
            .compile(
                original.sources().stream()
                    .map(
                        s ->
                            s.file().equals("local-therapy.drl")
                                ? new RuleSource(
                                    s.file(),
                                    s.text()
                                        .replace(
                                            "RecommendationCode.TESTICULAR_LOCAL_THERAPY",
                                            "RecommendationCode.CONTRALATERAL_TESTIS_BIOPSY"))
                                : s)
                    .toList())
            .orThrow();
    active.activate(withoutLocalTherapy);
    try {
      mvc.perform(asAuditor(post("/api/v1/decisions/" + id + "/replay")))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.reproduced").value(true))
          .andExpect(jsonPath("$.original.knowledgeBaseVersion").value(original.version()))
          .andExpect(jsonPath("$.active.knowledgeBaseVersion").value(withoutLocalTherapy.version()))
          .andExpect(
              jsonPath("$.original.outcome.recommendations")
                  .value(org.hamcrest.Matchers.hasItem("TESTICULAR_LOCAL_THERAPY")))
          .andExpect(
              jsonPath("$.active.outcome.recommendations")
                  .value(
                      org.hamcrest.Matchers.not(
                          org.hamcrest.Matchers.hasItem("TESTICULAR_LOCAL_THERAPY"))))
          .andExpect(jsonPath("$.differences[?(@.field == 'recommendations')]").exists());
    } finally {
      active.activate(original);
    }
    mvc.perform(asAuditor(post("/api/v1/decisions/" + id + "/replay")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.differences").isEmpty());
    assertThat(audit.recent(5, "decision.replay")).anyMatch(e -> id.equals(e.target()));
  }

  @Test
  void aDecisionKeptAsDigestOnlyCannotBeReplayedAndSaysWhy() throws Exception {
    DecisionRecorder digestOnly =
        new DecisionRecorder(
            store, Clock.systemUTC(), false, 10, 10, Duration.ofSeconds(1), Duration.ofSeconds(10));
    digestOnly.start();
    String body = uniqueCase();
    String id = UUID.randomUUID().toString();
    JsonNode outcome = JSON.readTree(evaluate(body).andReturn().getResponse().getContentAsString());
    digestOnly.record(
        id,
        Channels.SINGLE,
        new Caller(Caller.API_KEY, "digest-test"),
        null,
        body.getBytes(StandardCharsets.UTF_8),
        JSON.treeToValue(outcome, org.relapsecds.api.evaluation.EvaluationResponse.class),
        1000);
    digestOnly.stop();

    mvc.perform(asAuditor(get("/api/v1/decisions/" + id)))
        .andExpect(jsonPath("$.caseStored").value(false))
        .andExpect(jsonPath("$.facts").doesNotExist());
    mvc.perform(asAuditor(post("/api/v1/decisions/" + id + "/replay")))
        .andExpect(status().isConflict())
        .andExpect(content().contentType("application/problem+json"))
        .andExpect(jsonPath("$.type").value(DecisionException.CASE_NOT_STORED.toString()))
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("digest")));
  }

  @Test
  void retentionDeletesOnlyDecisionsOlderThanItAndAuditsThePurge() throws Exception {
    String recent = evaluatedAndRecorded();
    String old = "old-" + UUID.randomUUID().toString().substring(0, 8);
    DecisionRecord template = store.find(recent).orElseThrow();
    store.insert(
        List.of(
            new DecisionRecord(
                old,
                Instant.now().minus(Duration.ofDays(400)),
                template.channel(),
                template.caller(),
                null,
                template.knowledgeBaseVersion(),
                template.caseId(),
                template.caseSha256(),
                template.caseJson(),
                template.outcome(),
                1,
                null)));
    try (DecisionRetention retention =
        new DecisionRetention(
            store, audit, Clock.systemUTC(), Duration.ofDays(365), Duration.ofHours(1))) {
      retention.purge(); // the scheduled first run may have purged already
      assertThat(store.find(old)).isEmpty();
    }
    assertThat(store.find(recent)).isPresent();
    assertThat(audit.recent(5, "decisions.purge")).isNotEmpty();
  }

  private String evaluatedAndRecorded() throws Exception {
    String id =
        JSON.readTree(evaluate(uniqueCase()).andReturn().getResponse().getContentAsString())
            .path("decisionId")
            .asString();
    awaitRecorded(id);
    return id;
  }
}
