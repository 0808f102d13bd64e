package org.relapsecds.api.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.relapsecds.api.support.ApiTestSupport;
import org.relapsecds.rules.model.AlertCode;
import org.relapsecds.rules.model.CnsStatus;
import org.relapsecds.rules.model.ExtramedullarySite;
import org.relapsecds.rules.model.GeneticLesion;
import org.relapsecds.rules.model.HsctDecision;
import org.relapsecds.rules.model.Immunophenotype;
import org.relapsecds.rules.model.MarkerStatus;
import org.relapsecds.rules.model.MarrowGrade;
import org.relapsecds.rules.model.RecommendationCode;
import org.relapsecds.rules.model.RiskStratum;
import org.relapsecds.rules.model.Scheme;
import org.relapsecds.rules.model.Severity;
import org.relapsecds.rules.model.Sex;
import org.relapsecds.rules.model.SiteClass;
import org.relapsecds.rules.model.TesticularInvolvement;
import org.relapsecds.rules.model.TimingCategory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The evaluation API keeps the contract: field names, enum spellings, the example's values. */
class EvaluationContractTest extends ApiTestSupport {
  @Autowired tools.jackson.databind.json.JsonMapper serverJson;

  @Test
  void theContractExampleGivesTheDocumentedShapeAndChronology() throws Exception {
    String body =
        evaluate(contractExample())
            .andExpect(status().isOk())
            .andExpect(content().contentType(MediaType.APPLICATION_JSON))
            .andExpect(jsonPath("$.caseId").value("demo-001"))
            .andExpect(jsonPath("$.knowledgeBase.version").isString())
            .andExpect(jsonPath("$.knowledgeBase.ruleCount").isNumber())
            .andExpect(jsonPath("$.relapse.monthsFromDiagnosis").value(42))
            .andExpect(jsonPath("$.relapse.monthsFromEndOfTherapy").value(18))
            // the values the contract documents for its example
            .andExpect(jsonPath("$.risk.BFM.timing").value("LATE"))
            .andExpect(jsonPath("$.risk.BFM.group").value("S2"))
            .andExpect(jsonPath("$.risk.BFM.hsct").value("NOT_INDICATED"))
            .andExpect(jsonPath("$.risk.UK_R3.timing").value("LATE"))
            .andExpect(jsonPath("$.risk.UK_R3.group").value("INTERMEDIATE"))
            .andExpect(jsonPath("$.risk.UK_R3.hsct").value("INDICATED"))
            .andExpect(jsonPath("$.risk.COG.timing").value("LATE"))
            .andExpect(jsonPath("$.risk.COG.group").value("LOW"))
            .andExpect(jsonPath("$.risk.COG.hsct").value("NOT_INDICATED"))
            // the contract's sample shows ISOLATED_MARROW, but its request reports CNS3 and a
            // testicular relapse beside an M3 marrow: a combined relapse by the site rules
            .andExpect(jsonPath("$.relapse.site").value("COMBINED"))
            .andExpect(jsonPath("$.relapse.marrowGrade").value("M3"))
            .andExpect(jsonPath("$.recommendations").isArray())
            .andExpect(jsonPath("$.alerts").isArray())
            .andExpect(jsonPath("$.missingData").isArray())
            .andExpect(jsonPath("$.firedRules").isArray())
            .andReturn()
            .getResponse()
            .getContentAsString();
    JsonNode outcome = JSON.readTree(body);
    assertThat(outcome.propertyNames())
        .contains(
            "caseId",
            "knowledgeBase",
            "relapse",
            "risk",
            "recommendations",
            "alerts",
            "missingData",
            "firedRules");
    for (JsonNode fired : outcome.path("firedRules")) {
      assertThat(fired.propertyNames()).contains("name", "file", "metadata");
    }
    for (JsonNode recommendation : outcome.path("recommendations")) {
      assertThat(recommendation.propertyNames())
          .contains("code", "schemes", "title", "rationale", "evidence", "rule");
    }
  }

  @Test
  void theResponseNamesTheKnowledgeBaseThatIsActive() throws Exception {
    String kb =
        mvc.perform(
                org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                        "/api/v1/knowledge-base")
                    .header("X-API-Key", API_KEY))
            .andReturn()
            .getResponse()
            .getContentAsString();
    JsonNode active = JSON.readTree(kb);
    evaluate(contractExample())
        .andExpect(jsonPath("$.knowledgeBase.version").value(active.path("version").asString()))
        .andExpect(jsonPath("$.knowledgeBase.ruleCount").value(active.path("ruleCount").asInt()));
  }

  @Test
  void aCaseWithoutOptionalFactsIsEvaluatedAndItsIdIsNullWhenNotGiven() throws Exception {
    evaluate(
            """
            {"patient":{"birthDate":"2010-05-01"},
             "diagnosis":{"date":"2014-02-01","immunophenotype":"T_LINEAGE"},
             "relapse":{"date":"2015-01-15","marrowBlastPercent":80}}
            """)
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.caseId").doesNotExist())
        .andExpect(jsonPath("$.relapse.monthsFromEndOfTherapy").doesNotExist())
        .andExpect(jsonPath("$.relapse.monthsFromDiagnosis").value(11));
  }

  static Stream<Arguments> requestEnumValues() {
    return Stream.of(
            values("patient", "sex", Sex.values()),
            values("diagnosis", "immunophenotype", Immunophenotype.values()),
            values("diagnosis", "cnsStatus", CnsStatus.values()),
            values("relapse", "cnsStatus", CnsStatus.values()),
            values("relapse", "testicularInvolvement", TesticularInvolvement.values()),
            values("relapse", "immunophenotype", Immunophenotype.values()),
            values("relapse", "cd19", MarkerStatus.values()),
            values("relapse", "cd22", MarkerStatus.values()),
            values("relapse", "extramedullarySites", ExtramedullarySite.values()),
            values("relapse", "genetics", GeneticLesion.values()))
        .flatMap(s -> s);
  }

  @ParameterizedTest(name = "{0}.{1} = {2} is accepted")
  @MethodSource("requestEnumValues")
  void everyRequestEnumValueOfTheContractIsAccepted(String object, String field, String value)
      throws Exception {
    ObjectNode body = contractExampleTree();
    ObjectNode target = (ObjectNode) body.get(object);
    if (field.equals("extramedullarySites") || field.equals("genetics")) {
      ArrayNode list = target.putArray(field);
      list.add(value);
    } else {
      target.put(field, value);
    }
    evaluate(JSON.writeValueAsString(body)).andExpect(status().isOk());
  }

  static Stream<Arguments> responseEnums() {
    return Stream.of(
        Arguments.of(
            SiteClass.class,
            List.of("ISOLATED_MARROW", "COMBINED", "ISOLATED_EXTRAMEDULLARY", "NOT_ESTABLISHED")),
        Arguments.of(TimingCategory.class, List.of("VERY_EARLY", "EARLY", "LATE")),
        Arguments.of(
            RiskStratum.class,
            List.of("S1", "S2", "S3", "S4", "STANDARD", "LOW", "INTERMEDIATE", "HIGH")),
        Arguments.of(HsctDecision.class, List.of("INDICATED", "NOT_INDICATED", "PENDING_MRD")),
        Arguments.of(Scheme.class, List.of("BFM", "UK_R3", "COG")),
        Arguments.of(Severity.class, List.of("INFO", "WARNING", "CRITICAL")),
        Arguments.of(MarrowGrade.class, List.of("M1", "M2", "M3")),
        Arguments.of(
            RecommendationCode.class,
            List.of(
                "REINDUCTION",
                "MITOXANTRONE_NOT_IDARUBICIN",
                "HSCT_IN_CR2",
                "CHEMOTHERAPY_CONSOLIDATION",
                "CRANIAL_IRRADIATION",
                "TESTICULAR_LOCAL_THERAPY",
                "CONTRALATERAL_TESTIS_BIOPSY",
                "CONFIRM_RELAPSE",
                "REPEAT_LUMBAR_PUNCTURE",
                "MEASURE_MARROW_MRD",
                "CLINICAL_TRIAL",
                "BLINATUMOMAB",
                "INOTUZUMAB_OZOGAMICIN",
                "TISAGENLECLEUCEL",
                "CLOFARABINE",
                "NELARABINE",
                "BORTEZOMIB_COMBINATION",
                "ABL_TKI",
                "ERWINIA_ASPARAGINASE")),
        Arguments.of(
            AlertCode.class,
            List.of(
                "VOD_RISK_CLOFARABINE_AFTER_HSCT",
                "NELARABINE_NEUROTOXICITY",
                "HIGH_RISK_GENETICS",
                "FAVOURABLE_GENETICS",
                "GLUCOCORTICOID_RESISTANCE",
                "THIOPURINE_RESISTANCE",
                "OUTSIDE_TRIAL_POPULATION",
                "NOT_A_TREATMENT_ORDER")));
  }

  @ParameterizedTest(name = "{0} round-trips with the contract's spellings")
  @MethodSource("responseEnums")
  <E extends Enum<E>> void everyResponseEnumValueRoundTripsWithTheContractsSpelling(
      Class<E> type, List<String> contractValues) {
    List<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    assertThat(names).containsAll(contractValues);
    for (E value : type.getEnumConstants()) {
      String json = serverJson.writeValueAsString(Map.of("v", value));
      assertThat(json).isEqualTo("{\"v\":\"" + value.name() + "\"}");
      assertThat(serverJson.readValue("\"" + value.name() + "\"", type)).isEqualTo(value);
    }
  }

  @Test
  void anOutcomeRoundTripsThroughItsWireForm() {
    EvaluationResponse response =
        new EvaluationResponse(
            "c-1",
            new EvaluationResponse.KnowledgeBaseRef("abc", 3),
            new EvaluationResponse.RelapseView(SiteClass.COMBINED, MarrowGrade.M3, 42, 18),
            Map.of(
                Scheme.COG,
                new EvaluationResponse.RiskView(
                    TimingCategory.LATE,
                    null,
                    "LOW or INTERMEDIATE",
                    HsctDecision.PENDING_MRD,
                    "COG LOW or INTERMEDIATE (pending): late relapse (COG timing).")),
            List.of(
                new EvaluationResponse.RecommendationView(
                    RecommendationCode.REINDUCTION,
                    List.of(Scheme.BFM),
                    "t",
                    "r",
                    List.of(new EvidenceView("Parker2010", "Parker C, et al.")),
                    "rule")),
            List.of(
                new EvaluationResponse.AlertView(
                    AlertCode.NOT_A_TREATMENT_ORDER, Severity.INFO, "m", List.of(), "rule")),
            List.of(new EvaluationResponse.MissingDataView("response.mrd", "decides COG", "rule")),
            List.of(
                new EvaluationResponse.FiredRuleView(
                    "rule",
                    "site.drl",
                    Map.of("evidence", "Parker2010"),
                    List.of(new EvaluationResponse.DerivedFactView("MarrowStatus", "Marrow M3")))));
    String json = serverJson.writeValueAsString(response);
    assertThat(json).contains("\"group\":null").contains("\"COG\":{");
    assertThat(serverJson.readValue(json, EvaluationResponse.class)).isEqualTo(response);
  }

  private static Stream<Arguments> values(String object, String field, Enum<?>[] values) {
    return Arrays.stream(values).map(v -> Arguments.of(object, field, v.name()));
  }
}
