package org.relapsecds.api.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.relapsecds.api.support.ApiTestSupport;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** NDJSON batches: one answer per line, in order; a bad line is answered in place. */
class BatchEvaluationTest extends ApiTestSupport {

  @Test
  void eachLineGetsItsOutcomeInInputOrder() throws Exception {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < 50; i++) {
      body.append(caseLine("case-" + i)).append('\n');
    }
    List<JsonNode> answers = batch(body.toString());
    assertThat(answers).hasSize(50);
    for (int i = 0; i < 50; i++) {
      assertThat(answers.get(i).path("caseId").asString()).isEqualTo("case-" + i);
    }
  }

  @Test
  void badLinesAreAnsweredInPlaceWithAProblemAndTheBatchGoesOn() throws Exception {
    ObjectNode future = contractExampleTree();
    ((ObjectNode) future.get("relapse")).put("cd19", "MAYBE");
    String body =
        caseLine("first")
            + "\n"
            + "{not json\n"
            + JSON.writeValueAsString(future)
            + "\n"
            + "\n" // blank lines are skipped
            + "{\"caseId\":\"x\",\"oops\":1}\r\n"
            + caseLine("last"); // no newline at the end
    List<JsonNode> answers = batch(body);
    assertThat(answers).hasSize(5);
    assertThat(answers.get(0).path("caseId").asString()).isEqualTo("first");
    assertThat(answers.get(1).path("status").asInt()).isEqualTo(400);
    assertThat(answers.get(1).path("line").asInt()).isEqualTo(2);
    assertThat(answers.get(1).path("errors").get(0).path("field").asString()).isEqualTo("body");
    assertThat(answers.get(2).path("line").asInt()).isEqualTo(3);
    assertThat(answers.get(2).path("errors").get(0).path("field").asString())
        .isEqualTo("relapse.cd19");
    assertThat(answers.get(3).path("line").asInt()).isEqualTo(5);
    assertThat(answers.get(3).path("errors").findValuesAsString("field")).contains("oops");
    assertThat(answers.get(4).path("caseId").asString()).isEqualTo("last");
  }

  @Test
  void aLineOver64KbIsA413ProblemAndTheNextLineIsStillEvaluated() throws Exception {
    String huge = "{\"caseId\":\"" + "x".repeat(70_000) + "\"}";
    List<JsonNode> answers = batch(huge + "\n" + caseLine("after"));
    assertThat(answers).hasSize(2);
    assertThat(answers.get(0).path("status").asInt()).isEqualTo(413);
    assertThat(answers.get(0).path("line").asInt()).isEqualTo(1);
    assertThat(answers.get(1).path("caseId").asString()).isEqualTo("after");
  }

  @Test
  void anEmptyBatchHasAnEmptyAnswer() throws Exception {
    assertThat(batch("")).isEmpty();
  }

  @Test
  void aBatchMustBeNdjson() throws Exception {
    mvc.perform(
            post("/api/v1/evaluations/batch")
                .header("X-API-Key", API_KEY)
                .contentType(MediaType.APPLICATION_JSON)
                .content(caseLine("a")))
        .andExpect(status().isUnsupportedMediaType())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
  }

  @Test
  void aBatchNeedsCredentials() throws Exception {
    mvc.perform(
            post("/api/v1/evaluations/batch")
                .contentType(MediaType.APPLICATION_NDJSON)
                .content(caseLine("a")))
        .andExpect(status().isUnauthorized());
  }

  static String caseLine(String caseId) {
    ObjectNode c = contractExampleTree();
    c.put("caseId", caseId);
    return JSON.writeValueAsString(c);
  }

  private List<JsonNode> batch(String body) throws Exception {
    String answer =
        mvc.perform(
                post("/api/v1/evaluations/batch")
                    .header("X-API-Key", API_KEY)
                    .contentType(MediaType.APPLICATION_NDJSON)
                    .content(body))
            .andExpect(status().isOk())
            .andExpect(content().contentType(MediaType.APPLICATION_NDJSON))
            .andReturn()
            .getResponse()
            .getContentAsString();
    return answer.lines().map(JSON::readTree).toList();
  }
}
