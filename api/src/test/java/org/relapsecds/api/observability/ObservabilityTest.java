package org.relapsecds.api.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.relapsecds.api.support.ApiTestSupport;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Probes, info, metrics and the evaluation log line. */
@ExtendWith(OutputCaptureExtension.class)
class ObservabilityTest extends ApiTestSupport {

  @Test
  void everyEvaluationLogsOneLineWithIdVersionAndDurationButNoDates(CapturedOutput output)
      throws Exception {
    evaluate(contractExample().replace("demo-001", "log-check-17")).andExpect(status().isOk());
    String line =
        output
            .getOut()
            .lines()
            .filter(l -> l.contains("caseId=log-check-17"))
            .findFirst()
            .orElseThrow();
    assertThat(line)
        .contains("evaluation caseId=log-check-17", "knowledgeBase=", "groups=", "durationMs=")
        .doesNotContain("2008-03-02", "2015-01-10", "2018-07-10", "birth");
  }

  @Test
  void aCaseIdCannotForgeALogLine(CapturedOutput output) throws Exception {
    evaluate(contractExample().replace("demo-001", "a\\nfake line")).andExpect(status().isOk());
    assertThat(output.getOut()).contains("caseId=a_fake_line").doesNotContain("\nfake line");
  }

  @Test
  void readinessIsUpWithAnActiveKnowledgeBase() throws Exception {
    mvc.perform(get("/actuator/health/readiness"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("UP"))
        // readiness names what this server serves; one server alone has no rule remote
        .andExpect(jsonPath("$.components.knowledgeBase.details.version").isString())
        .andExpect(jsonPath("$.components.ruleRemote.status").value("UP"))
        .andExpect(jsonPath("$.components.ruleRemote.details.remote").value("none"));
    mvc.perform(get("/actuator/health/liveness"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("UP"));
  }

  @Test
  void infoNamesTheKnowledgeBaseVersion() throws Exception {
    mvc.perform(get("/actuator/info"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.knowledgeBase.version").isString())
        .andExpect(jsonPath("$.knowledgeBase.ruleCount").isNumber());
  }

  @Test
  void prometheusHasTheLatencyHistogramAndOutcomeCounters() throws Exception {
    evaluate(contractExample()).andExpect(status().isOk());
    evaluate("{}").andExpect(status().isBadRequest());
    mvc.perform(get("/actuator/prometheus").header("X-API-Key", API_KEY))
        .andExpect(status().isOk())
        .andExpect(
            content().string(containsString("cds_evaluation_seconds_bucket{channel=\"single\"")))
        .andExpect(
            content()
                .string(
                    containsString(
                        "cds_evaluations_total{channel=\"single\",result=\"evaluated\"")))
        .andExpect(
            content()
                .string(
                    containsString(
                        "cds_evaluations_total{channel=\"single\",result=\"rejected\"")));
  }

  @Test
  void theKnowledgeBaseEndpointListsEveryRuleWithItsMetadata() throws Exception {
    mvc.perform(get("/api/v1/knowledge-base").header("X-API-Key", API_KEY))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.version").isString())
        .andExpect(jsonPath("$.files[0].name").value(containsString(".drl")))
        .andExpect(jsonPath("$.rules[0].metadata.evidence").isString())
        .andExpect(jsonPath("$.rules[0].evidence[0].key").isString())
        .andExpect(jsonPath("$.rules[0].evidence[0].citation").isString())
        .andExpect(jsonPath("$.rules[0].status").isString());
  }

  @Test
  void theOpenApiDocumentHasExamplesAndEveryEnum() throws Exception {
    mvc.perform(get("/v3/api-docs"))
        .andExpect(status().isOk())
        .andExpect(
            jsonPath(
                    "$.paths['/api/v1/evaluations'].post.requestBody.content['application/json'].examples.contract")
                .exists())
        .andExpect(jsonPath("$.paths['/api/v1/evaluations/batch'].post").exists())
        .andExpect(jsonPath("$.paths['/api/v1/knowledge-base'].get").exists())
        .andExpect(
            jsonPath("$.components.schemas.Relapse.properties.genetics.items.enum").isArray())
        .andExpect(
            // nullable enum in OpenAPI 3.1: oneOf the enum and null
            jsonPath("$.components.schemas.SchemeAssessment.properties.group.oneOf[0].enum")
                .isArray())
        .andExpect(
            jsonPath("$.components.schemas.SchemeAssessment.properties.group.oneOf[1].type")
                .value("null"))
        .andExpect(jsonPath("$.components.securitySchemes.apiKey.name").value("X-API-Key"));
  }
}
