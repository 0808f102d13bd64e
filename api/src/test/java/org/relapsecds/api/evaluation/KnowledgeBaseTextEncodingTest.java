package org.relapsecds.api.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.relapsecds.api.authoring.impact.ImpactCorpus;
import org.relapsecds.api.knowledgebase.ActiveKnowledgeBase;
import org.relapsecds.api.support.ApiTestSupport;
import org.relapsecds.rules.engine.KnowledgeBase;
import org.relapsecds.rules.model.RelapseCase;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Outcomes written from the memoised knowledge-base text are the same, byte for byte. */
class KnowledgeBaseTextEncodingTest extends ApiTestSupport {
  @Autowired JsonMapper serverJson;
  @Autowired ActiveKnowledgeBase active;

  /** The service's mapper without the module: Jackson's standard serializers only. */
  private JsonMapper standardJson() {
    return serverJson
        .rebuild()
        .removeAllModules()
        .addModules(
            serverJson.registeredModules().stream()
                .filter(m -> !(m instanceof KnowledgeBaseTextEncoding))
                .toList())
        .build();
  }

  @Test
  void theServiceMapperUsesTheModule() {
    assertThat(serverJson.registeredModules())
        .anyMatch(KnowledgeBaseTextEncoding.class::isInstance);
  }

  @Test
  void outcomesOfTheImpactCorpusAreWrittenAsJacksonWritesThem() {
    JsonMapper standard = standardJson();
    KnowledgeBase kb = active.current();
    List<RelapseCase> cases = ImpactCorpus.sample(ImpactCorpus.grid(), 300);
    for (int round = 0; round < 2; round++) { // the first encodes, the second reuses
      for (RelapseCase c : cases) {
        EvaluationResponse response = OutcomeMapper.toResponse(c.getCaseId(), kb, kb.evaluate(c));
        assertThat(serverJson.writeValueAsString(response))
            .isEqualTo(standard.writeValueAsString(response));
      }
    }
  }

  @Test
  void viewsBuiltByHandAndIndentedOutputAreWrittenAsJacksonWritesThem() {
    EvaluationResponse.FiredRuleView rule =
        new EvaluationResponse.FiredRuleView(
            "a \"quoted\" rule\n", null, Map.of("evidence", "K1", "status", "é"), List.of("x"));
    EvaluationResponse.FiredRuleView noDerived =
        new EvaluationResponse.FiredRuleView("r", "f.drl", Map.of(), null);
    EvidenceView evidence = new EvidenceView("K1", null);
    List<Object> values = List.of(rule, noDerived, evidence, List.of(rule, rule, evidence));
    JsonMapper standard = standardJson();
    for (Object value : values) {
      assertThat(serverJson.writeValueAsString(value))
          .isEqualTo(standard.writeValueAsString(value));
      assertThat(serverJson.writer(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value))
          .isEqualTo(standard.writer(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value));
    }
  }
}
