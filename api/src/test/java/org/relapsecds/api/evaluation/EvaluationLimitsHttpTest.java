package org.relapsecds.api.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relapsecds.api.knowledgebase.ActiveKnowledgeBase;
import org.relapsecds.api.support.ApiTestSupport;
import org.relapsecds.rules.engine.BundledRules;
import org.relapsecds.rules.engine.KnowledgeBase;
import org.relapsecds.rules.engine.KnowledgeBaseCompiler;
import org.relapsecds.rules.engine.RuleSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import tools.jackson.databind.node.ObjectNode;

/**
 * Layer 3 over HTTP: a knowledge base whose rule never finishes for one case (activated directly,
 * around the rule check and the gate) answers that case with a 500 problem of its own type, counts
 * it, and goes on serving: the next request, and the next line of a batch.
 */
class EvaluationLimitsHttpTest extends ApiTestSupport {
  // Only inserts facts of the model, as a rule may: every alert begets another, for ever.
  private static final String ECHO =
      """
      package org.relapsecds.rules.kb;

      import org.relapsecds.rules.model.*;

      rule "Echo every alert"
        @evidence("Tallen2010") @status("unverified")
      when
        RelapseCase( caseId == "loop-case" )
        Alert()
      then
        insert(new Alert(AlertCode.NOT_COVERED, Severity.INFO, "echo"));
      end
      """;

  @Autowired ActiveKnowledgeBase active;
  @Autowired KnowledgeBaseCompiler compiler;
  @Autowired MeterRegistry meters;

  private KnowledgeBase before;

  @BeforeEach
  void activateLoopingRules() {
    before = active.current();
    List<RuleSource> sources = new ArrayList<>(BundledRules.load());
    sources.add(new RuleSource("echo.drl", ECHO));
    active.activate(compiler.compile(sources).orThrow());
  }

  @AfterEach
  void restore() {
    active.activate(before);
  }

  private static String loopCase() {
    ObjectNode tree = contractExampleTree();
    tree.put("caseId", "loop-case");
    return tree.toString();
  }

  private double stopped(String channel) {
    Counter counter =
        meters
            .find("cds.evaluation.limit.reached")
            .tags("limit", "RULE_FIRINGS", "channel", channel)
            .counter();
    return counter == null ? 0 : counter.count();
  }

  @Test
  void aCaseTheRulesDoNotFinishGetsItsOwnProblemAndTheNextIsServed() throws Exception {
    double counted = stopped("single");

    String body =
        evaluate(loopCase())
            .andExpect(status().isInternalServerError())
            .andExpect(header().string("Content-Type", "application/problem+json"))
            .andExpect(jsonPath("$.type").value("urn:relapse-cds:problem:evaluation-incomplete"))
            .andExpect(jsonPath("$.title").value("The knowledge base did not finish for this case"))
            .andExpect(jsonPath("$.limit").value("ruleFirings"))
            .andExpect(jsonPath("$.knowledgeBase").value(active.current().version()))
            .andExpect(jsonPath("$.rulesInvolved[0]").value("Echo every alert"))
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(body).doesNotContain("at org.").doesNotContain("Exception");
    assertThat(stopped("single")).isEqualTo(counted + 1);
    evaluate(contractExample())
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.risk.BFM.group").value("S2"));
  }

  @Test
  void aBatchLineTheRulesDoNotFinishGetsItsProblemAndTheStreamGoesOn() throws Exception {
    double counted = stopped("batch");
    String lines = loopCase() + "\n" + contractExample().replace("\n", " ") + "\n";

    String body =
        mvc.perform(
                post("/api/v1/evaluations/batch")
                    .header("X-API-Key", API_KEY)
                    .contentType(MediaType.APPLICATION_NDJSON)
                    .content(lines))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    List<String> out = body.lines().toList();
    assertThat(out).hasSize(2);
    assertThat(out.get(0))
        .contains("urn:relapse-cds:problem:evaluation-incomplete")
        .contains("\"line\":1")
        .contains("\"status\":500");
    assertThat(out.get(1)).contains("\"caseId\":\"demo-001\"");
    assertThat(stopped("batch")).isEqualTo(counted + 1);
  }
}
