package org.relapsecds.api.evaluation;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.relapsecds.api.support.ApiTestSupport;
import org.springframework.http.MediaType;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Every way a case can be wrong gets 400, a problem document, and the offending field by name. */
class EvaluationValidationTest extends ApiTestSupport {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String TOMORROW = LocalDate.now(ZoneOffset.UTC).plusDays(2).toString();

  static Stream<Arguments> invalidCases() {
    return Stream.of(
        // missing required facts
        bad(
            "the birth date is missing",
            c -> obj(c, "patient").remove("birthDate"),
            "patient.birthDate"),
        bad("the patient is missing", c -> c.remove("patient"), "patient.birthDate"),
        bad(
            "the diagnosis date is missing",
            c -> obj(c, "diagnosis").remove("date"),
            "diagnosis.date"),
        bad(
            "the immunophenotype is missing",
            c -> obj(c, "diagnosis").remove("immunophenotype"),
            "diagnosis.immunophenotype"),
        bad("the relapse date is missing", c -> obj(c, "relapse").remove("date"), "relapse.date"),
        bad(
            "the blast percentage is missing",
            c -> obj(c, "relapse").remove("marrowBlastPercent"),
            "relapse.marrowBlastPercent"),
        bad(
            "the blast percentage is null",
            c -> obj(c, "relapse").putNull("marrowBlastPercent"),
            "relapse.marrowBlastPercent"),
        // wrong types
        bad(
            "the blast percentage is text",
            c -> obj(c, "relapse").put("marrowBlastPercent", "35"),
            "relapse.marrowBlastPercent"),
        bad(
            "the relapse number is a fraction",
            c -> obj(c, "relapse").put("number", 1.5),
            "relapse.number"),
        bad(
            "second remission is a word",
            c -> obj(c, "response").put("secondRemission", "yes"),
            "response.secondRemission"),
        bad(
            "second remission is a number",
            c -> obj(c, "response").put("secondRemission", 1),
            "response.secondRemission"),
        bad("the case id is a number", c -> c.put("caseId", 5), "caseId"),
        bad(
            "the sites are not a list",
            c -> obj(c, "relapse").put("extramedullarySites", "CNS"),
            "relapse.extramedullarySites"),
        bad("the patient is text", c -> c.put("patient", "x"), "patient"),
        bad("a date is a number", c -> obj(c, "relapse").put("date", 20180710), "relapse.date"),
        bad("the relapse is a list", c -> c.set("relapse", NODES.arrayNode()), "relapse"),
        // unknown enum values
        bad("an unknown sex", c -> obj(c, "patient").put("sex", "M"), "patient.sex"),
        bad(
            "an unknown immunophenotype",
            c -> obj(c, "diagnosis").put("immunophenotype", "B"),
            "diagnosis.immunophenotype"),
        bad(
            "an enum given as its ordinal",
            c -> obj(c, "diagnosis").put("immunophenotype", 0),
            "diagnosis.immunophenotype"),
        bad("an unknown CD19 status", c -> obj(c, "relapse").put("cd19", "POS"), "relapse.cd19"),
        bad(
            "an unknown genetic lesion",
            c -> ((ArrayNode) obj(c, "relapse").get("genetics")).insert(0, "ETV6"),
            "relapse.genetics[0]"),
        bad(
            "an unknown extramedullary site",
            c -> ((ArrayNode) obj(c, "relapse").get("extramedullarySites")).add("SKIN"),
            "relapse.extramedullarySites[1]"),
        bad(
            "an empty genetics entry",
            c -> ((ArrayNode) obj(c, "relapse").get("genetics")).addNull(),
            "relapse.genetics[1]"),
        // unknown properties
        bad("an unknown top-level field", c -> c.put("mrn", "12345"), "mrn"),
        bad("an unknown nested field", c -> obj(c, "relapse").put("blasts", 3), "relapse.blasts"),
        bad(
            "an unknown nested object",
            c -> obj(c, "patient").set("name", NODES.objectNode().put("family", "Doe")),
            "patient.name"),
        // out of range
        bad(
            "blasts above 100 %",
            c -> obj(c, "relapse").put("marrowBlastPercent", 100.5), "relapse.marrowBlastPercent"),
        bad(
            "negative blasts",
            c -> obj(c, "relapse").put("marrowBlastPercent", -1),
            "relapse.marrowBlastPercent"),
        bad("MRD above 1", c -> obj(c, "response").put("mrd", 1.5), "response.mrd"),
        bad("negative MRD", c -> obj(c, "response").put("mrd", -0.001), "response.mrd"),
        bad("relapse number 0", c -> obj(c, "relapse").put("number", 0), "relapse.number"),
        bad(
            "negative prior regimens",
            c -> obj(c, "history").put("priorRegimens", -1),
            "history.priorRegimens"),
        bad(
            "prior regimens beyond any integer",
            c -> obj(c, "history").put("priorRegimens", 99999999999L),
            "history.priorRegimens"),
        bad("a case id over 64 characters", c -> c.put("caseId", "x".repeat(65)), "caseId"),
        // impossible dates
        bad("30 February", c -> obj(c, "relapse").put("date", "2018-02-30"), "relapse.date"),
        bad(
            "a date in another format",
            c -> obj(c, "relapse").put("date", "10/07/2018"),
            "relapse.date"),
        bad(
            "a date with a time",
            c -> obj(c, "relapse").put("date", "2018-07-10T10:00:00"),
            "relapse.date"),
        bad(
            "relapse before diagnosis",
            c -> obj(c, "relapse").put("date", "2014-12-31"),
            "relapse.date"),
        bad(
            "end of therapy before diagnosis",
            c -> obj(c, "frontlineTherapy").put("endDate", "2014-12-31"),
            "frontlineTherapy.endDate"),
        bad(
            "end of therapy after relapse",
            c -> obj(c, "frontlineTherapy").put("endDate", "2018-07-11"),
            "frontlineTherapy.endDate"),
        bad(
            "birth after diagnosis",
            c -> obj(c, "patient").put("birthDate", "2015-01-11"),
            "patient.birthDate"),
        bad(
            "a relapse in the future",
            c -> obj(c, "relapse").put("date", TOMORROW),
            "relapse.date"),
        bad(
            "a diagnosis in the future",
            c -> obj(c, "diagnosis").put("date", TOMORROW),
            "diagnosis.date"));
  }

  @ParameterizedTest(name = "{0} is named in a 400 problem")
  @MethodSource("invalidCases")
  void anInvalidCaseIsRejectedNamingTheField(
      String description, Consumer<ObjectNode> mutation, String field) throws Exception {
    ObjectNode body = contractExampleTree();
    mutation.accept(body);
    evaluate(JSON.writeValueAsString(body))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(400))
        .andExpect(jsonPath("$.errors[*].field", hasItem(field)))
        .andExpect(jsonPath("$.errors[0].message").isNotEmpty());
  }

  @Test
  void everyBadFieldOfOneCaseIsListedAtOnce() throws Exception {
    ObjectNode body = contractExampleTree();
    obj(body, "patient").put("sex", "M");
    obj(body, "relapse").put("marrowBlastPercent", "high").put("cd22", "NEG").put("number", 0);
    obj(body, "response").put("mrd", 2);
    body.put("ward", "3B");
    evaluate(JSON.writeValueAsString(body))
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath(
                "$.errors[*].field",
                hasItems(
                    "patient.sex",
                    "relapse.marrowBlastPercent",
                    "relapse.cd22",
                    "relapse.number",
                    "response.mrd",
                    "ward")));
  }

  @Test
  void anUnknownEnumValueListsTheAllowedValues() throws Exception {
    ObjectNode body = contractExampleTree();
    obj(body, "relapse").put("testicularInvolvement", "LEFT");
    evaluate(JSON.writeValueAsString(body))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("relapse.testicularInvolvement"))
        .andExpect(jsonPath("$.errors[0].message", containsString("UNILATERAL, BILATERAL")));
  }

  @ParameterizedTest(name = "body {0} is a 400 naming the body")
  @ValueSource(
      strings = {
        "",
        "{",
        "{\"caseId\": }",
        "[]",
        "42",
        "\"case\"",
        "null",
        "{\"caseId\":\"a\"} {}",
        "{\"caseId\":\"a\",\"caseId\":\"b\"}",
        "\u00ff\u00fe"
      })
  void malformedJsonIsA400(String body) throws Exception {
    evaluate(body)
        .andExpect(status().isBadRequest())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors[*].field", hasItem("body")));
  }

  @Test
  void aBodyOver64KbIsA413() throws Exception {
    ObjectNode body = contractExampleTree();
    body.put("caseId", "x".repeat(70_000));
    evaluate(JSON.writeValueAsString(body))
        .andExpect(status().isContentTooLarge())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.detail", containsString("64 KB")));
  }

  @ParameterizedTest(name = "{0} is a 415")
  @ValueSource(strings = {"text/plain", "application/xml", "application/x-www-form-urlencoded"})
  void aWrongMediaTypeIsA415(String mediaType) throws Exception {
    mvc.perform(
            post("/api/v1/evaluations")
                .header("X-API-Key", API_KEY)
                .contentType(mediaType)
                .content(contractExample()))
        .andExpect(status().isUnsupportedMediaType())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
  }

  @Test
  void anUnknownPathIsA404Problem() throws Exception {
    mvc.perform(get("/api/v1/evaluation-results").header("X-API-Key", API_KEY))
        .andExpect(status().isNotFound())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.status").value(404));
  }

  @Test
  void aWrongMethodIsA405Problem() throws Exception {
    mvc.perform(get("/api/v1/evaluations").header("X-API-Key", API_KEY))
        .andExpect(status().isMethodNotAllowed())
        .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
  }

  @Test
  void theContractExampleIsValid() throws Exception {
    evaluate(contractExample()).andExpect(status().isOk());
  }

  private static Arguments bad(String description, Consumer<ObjectNode> mutation, String field) {
    return Arguments.of(description, mutation, field);
  }

  private static ObjectNode obj(ObjectNode parent, String name) {
    return (ObjectNode) parent.get(name);
  }
}
