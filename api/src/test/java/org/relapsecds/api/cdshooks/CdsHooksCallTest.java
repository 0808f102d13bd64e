package org.relapsecds.api.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.relapsecds.api.cdshooks.cards.CardLinks;
import org.relapsecds.api.cdshooks.fhir.CodeList.Systems;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Service calls with the test bundles: the cards a clinician would see, and the error answers. */
class CdsHooksCallTest extends CdsHooksTestSupport {

  @Test
  void discoveryListsBothServicesWithTheirPrefetchAndNeedsNoToken() throws Exception {
    MvcResult result = mvc.perform(get("/cds-services")).andReturn();
    assertThat(result.getResponse().getStatus()).isEqualTo(200);
    JsonNode body = JSON.readTree(result.getResponse().getContentAsString());
    assertNoNullOrEmpty(body, "");
    assertThat(body.get("services")).hasSize(2);
    assertThat(body.get("services").get(0).get("id").asString()).isEqualTo(ASSESSMENT);
    assertThat(body.get("services").get(0).get("hook").asString()).isEqualTo("patient-view");
    assertThat(body.get("services").get(1).get("hook").asString()).isEqualTo("order-select");
    JsonNode prefetch = body.get("services").get(0).get("prefetch");
    assertThat(prefetch.get("patient").asString()).isEqualTo("Patient/{{context.patientId}}");
    assertThat(prefetch.get("diseaseStatus").asString())
        .isEqualTo("Observation?patient={{context.patientId}}&code=http://loinc.org|97509-4");
    // the specification's query subset: no _include, _revinclude or chained parameters
    prefetch
        .properties()
        .forEach(
            e ->
                assertThat(e.getValue().asString())
                    .doesNotContain("_include", "_revinclude")
                    .doesNotContainPattern("[?&][a-z]+\\.[a-z]+="));
  }

  @Test
  void theOpenApiDocumentDescribesTheCdsHooksEndpoints() throws Exception {
    JsonNode doc =
        JSON.readTree(
            mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString());
    JsonNode paths = doc.get("paths");
    assertThat(paths.get("/cds-services").get("get").get("security"))
        .as("discovery is open")
        .isEmpty();
    JsonNode call = paths.get("/cds-services/{id}").get("post");
    assertThat(call.get("security").get(0).has("cdsHooksJwt")).isTrue();
    assertThat(call.get("responses").properties())
        .extracting(java.util.Map.Entry::getKey)
        .contains("200", "400", "401", "404", "412");
    assertThat(
            paths
                .get("/cds-services/{id}/feedback")
                .get("post")
                .get("security")
                .get(0)
                .has("cdsHooksJwt"))
        .isTrue();
    assertThat(paths.has("/api/v1/cds-hooks/feedback")).isTrue();
    assertThat(
            doc.get("components")
                .get("securitySchemes")
                .get("cdsHooksJwt")
                .get("scheme")
                .asString())
        .isEqualTo("bearer");
  }

  @Test
  void completeRelapsedBAllGivesTheSchemesAsTheJsonCaseDoes() throws Exception {
    List<JsonNode> cards =
        cards(
            saved(
                "complete-b-all",
                call(
                    ASSESSMENT,
                    FhirRecords.call(
                        "patient-view", FhirRecords.completeBAll().prefetch(), null, null))));
    JsonNode summary = cards.get(0);
    assertThat(summary.get("summary").asString())
        .isEqualTo(
            "Relapse, combined: BFM S2 · UK ALL R3 intermediate · COG low; HSCT indicated: UK ALL R3");
    assertThat(summary.get("detail").asString())
        .contains("| UK ALL R3 | late | INTERMEDIATE | indicated |", "Reinduction chemotherapy");
    // the equivalent JSON case (the contract example with the allergy) gives the same risk
    ObjectNode json = contractExampleTree();
    ((ObjectNode) json.get("history")).put("asparaginaseHypersensitivity", true);
    // the record's testis finding is a listed site (knowledge base v2: laterality alone is not)
    ((ArrayNode) json.get("relapse").get("extramedullarySites")).add("TESTIS");
    JsonNode direct =
        JSON.readTree(evaluate(json.toString()).andReturn().getResponse().getContentAsString());
    String linked = CardLinks.caseOf(summary.get("links").get(0).get("url").asString());
    JsonNode viaLink =
        JSON.readTree(evaluate(linked).andReturn().getResponse().getContentAsString());
    assertThat(viaLink.get("risk")).isEqualTo(direct.get("risk"));
    assertThat(viaLink.get("recommendations").size())
        .isEqualTo(direct.get("recommendations").size());
    assertThat(cards).noneMatch(c -> c.get("indicator").asString().equals("critical"));
  }

  @Test
  void withoutMrdTheMrdDependentGroupsArePendingAndACardNamesMrd() throws Exception {
    List<JsonNode> cards =
        cards(
            saved(
                "mrd-missing",
                call(
                    ASSESSMENT,
                    FhirRecords.call(
                        "patient-view",
                        FhirRecords.completeBAll().without("BM-MRD").prefetch(),
                        null,
                        null))));
    assertThat(cards.get(0).get("summary").asString())
        .contains(
            "BFM S2",
            "UK ALL R3 intermediate",
            "COG pending",
            "HSCT pending MRD: BFM, UK ALL R3, COG");
    assertThat(cards)
        .anySatisfy(
            c -> assertThat(c.get("summary").asString()).startsWith("Missing response.mrd"));
    assertThat(cards)
        .filteredOn(c -> c.get("summary").asString().startsWith("Missing response.mrd"))
        .hasSize(1);
  }

  @Test
  void tLineageFromALocalCodeIsEvaluatedAsTLineage() throws Exception {
    FhirRecords.Record r = FhirRecords.completeBAll();
    r.conditions.clear();
    r.condition(
        "2015-01-10",
        new Coding(Systems.SNOMED, "91857003", "ALL"),
        new Coding(FhirRecords.LAB, "T-ALL", null));
    List<JsonNode> cards =
        cards(call(ASSESSMENT, FhirRecords.call("patient-view", r.prefetch(), null, null)));
    assertThat(CardLinks.caseOf(cards.get(0).get("links").get(0).get("url").asString()))
        .contains("\"immunophenotype\":\"T_LINEAGE\"");
    assertThat(cards.get(0).get("summary").asString()).contains("BFM S", "UK ALL R3", "COG");
  }

  @Test
  void priorAllogeneicHsctAndSecondRelapseAreOutsideTheSchemes() throws Exception {
    List<JsonNode> hsct =
        cards(
            saved(
                "prior-hsct",
                call(
                    ASSESSMENT,
                    FhirRecords.call(
                        "patient-view",
                        FhirRecords.completeBAll().procedure("2017-03-01", "58390007").prefetch(),
                        null,
                        null))));
    assertThat(hsct.get(0).get("summary").asString()).contains("risk schemes do not apply");
    FhirRecords.Record second = FhirRecords.completeBAll().status("2020-02-01", "271299001");
    second.lab("BM-BLASTS", "2020-02-01", FhirRecords.percent(60));
    List<JsonNode> cards =
        cards(call(ASSESSMENT, FhirRecords.call("patient-view", second.prefetch(), null, null)));
    assertThat(cards.get(0).get("summary").asString()).contains("risk schemes do not apply");
    assertThat(CardLinks.caseOf(cards.get(0).get("links").get(0).get("url").asString()))
        .contains("\"number\":2");
  }

  @Test
  void unknownCodesGiveOneCardNamingTheMissingInputsNever5xx() throws Exception {
    FhirRecords.Record r = FhirRecords.completeBAll().without("BM-BLASTS");
    r.lab("77147-7", "2018-07-10", FhirRecords.percent(35));
    List<JsonNode> cards =
        cards(call(ASSESSMENT, FhirRecords.call("patient-view", r.prefetch(), null, null)));
    assertThat(cards).hasSize(1);
    assertThat(cards.get(0).get("summary").asString())
        .isEqualTo("Relapsed ALL not assessed: the record lacks relapse.marrowBlastPercent");
    assertThat(cards.get(0).get("indicator").asString()).isEqualTo("info");
  }

  @Test
  void noAllConditionAnswersNoCards() throws Exception {
    FhirRecords.Record r = FhirRecords.completeBAll();
    r.conditions.clear();
    MvcResult result = call(ASSESSMENT, FhirRecords.call("patient-view", r.prefetch(), null, null));
    assertThat(result.getResponse().getContentAsString()).isEqualTo("{\"cards\":[]}");
  }

  @Test
  void unavailableOptionalDataIsNamedOnACard() throws Exception {
    Map<String, Resource> prefetch = new LinkedHashMap<>(FhirRecords.completeBAll().prefetch());
    prefetch.put("procedures", FhirRecords.failure());
    List<JsonNode> cards =
        cards(call(ASSESSMENT, FhirRecords.call("patient-view", prefetch, null, null)));
    assertThat(cards)
        .anySatisfy(c -> assertThat(c.get("detail").asString()).contains("prefetch `procedures`"));
  }

  @Test
  void aRequiredKeyAbsentWithoutFhirServerIs412WithAnOperationOutcome() throws Exception {
    Map<String, Resource> prefetch = new LinkedHashMap<>(FhirRecords.completeBAll().prefetch());
    prefetch.remove("conditions");
    MvcResult result = call(ASSESSMENT, FhirRecords.call("patient-view", prefetch, null, null));
    assertThat(result.getResponse().getStatus()).isEqualTo(412);
    assertThat(result.getResponse().getContentType()).isEqualTo("application/problem+json");
    JsonNode problem = JSON.readTree(result.getResponse().getContentAsString());
    assertThat(problem.get("operationOutcome").get("resourceType").asString())
        .isEqualTo("OperationOutcome");
    assertThat(problem.get("detail").asString()).contains("conditions");
    assertThat(problem.get("instance").asString()).isEqualTo("/cds-services/" + ASSESSMENT);
  }

  @Test
  void aRequiredKeyThatIsAnOperationOutcomeIs412() throws Exception {
    Map<String, Resource> prefetch = new LinkedHashMap<>(FhirRecords.completeBAll().prefetch());
    prefetch.put("patient", FhirRecords.failure());
    assertThat(
            call(ASSESSMENT, FhirRecords.call("patient-view", prefetch, null, null))
                .getResponse()
                .getStatus())
        .isEqualTo(412);
  }

  /** The CDS Hooks 2.0 example patient-view request, with its fhirServer the local test server. */
  @Test
  void theSpecificationsExampleRequestFetchesWhatPrefetchLacksWithTheClientsToken()
      throws Exception {
    Map<String, Resource> record = FhirRecords.completeBAll().prefetch();
    record.get("patient").setId("1288992");
    try (LocalFhirServer fhir =
        new LocalFhirServer("some-opaque-fhir-access-token").serve("1288992", record)) {
      String example =
          """
          {
            "hookInstance": "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea",
            "fhirServer": "%s",
            "hook": "patient-view",
            "fhirAuthorization": {
              "access_token": "some-opaque-fhir-access-token",
              "token_type": "Bearer",
              "expires_in": 300,
              "scope": "user/Patient.read user/Observation.read",
              "subject": "cds-service4"
            },
            "context": {"userId": "Practitioner/example", "patientId": "1288992", "encounterId": "89284"},
            "prefetch": {"patient": %s}
          }
          """
              .formatted(fhir.base(), FhirRecords.json(record.get("patient")));
      List<JsonNode> cards = cards(call(ASSESSMENT, example));
      assertThat(cards.get(0).get("summary").asString()).contains("BFM S2");
      assertThat(fhir.requests)
          .contains(
              "Condition?patient=1288992",
              "Observation?patient=1288992&code=http://loinc.org|97509-4")
          .doesNotContain("Patient/1288992");
      assertThat(fhir.authorizations).containsOnly("Bearer some-opaque-fhir-access-token");

      String wrongToken =
          example.replace(
              "\"access_token\": \"some-opaque-fhir-access-token\"", "\"access_token\": \"stale\"");
      assertThat(call(ASSESSMENT, wrongToken).getResponse().getStatus())
          .as("the server refuses the token: data unobtainable")
          .isEqualTo(412);
    }
  }

  @Test
  void badCallsAre400And404WithOperationOutcomes() throws Exception {
    MvcResult wrongHook =
        call(
            ASSESSMENT,
            FhirRecords.call("order-select", FhirRecords.completeBAll().prefetch(), null, null));
    assertThat(wrongHook.getResponse().getStatus()).isEqualTo(400);
    assertThat(wrongHook.getResponse().getContentAsString())
        .contains("\"field\":\"hook\"", "OperationOutcome");
    assertThat(call(ASSESSMENT, "{\"hook\":").getResponse().getStatus()).isEqualTo(400);
    assertThat(
            call(
                    ASSESSMENT,
                    "{\"hook\":\"patient-view\",\"hookInstance\":\"x\",\"context\":{\"patientId\":\"../x\"}}")
                .getResponse()
                .getContentAsString())
        .contains("hookInstance", "context.patientId", "context.userId");
    assertThat(
            call(
                    ASSESSMENT,
                    FhirRecords.call("patient-view", null, null, null)
                        .replace(
                            "}}", "},\"prefetch\":{\"patient\":{\"resourceType\":\"Nonsense\"}}}"))
                .getResponse()
                .getContentAsString())
        .contains("prefetch.patient");
    assertThat(call("no-such-service", "{}").getResponse().getStatus()).isEqualTo(404);
    Map<String, Resource> otherPatient = new LinkedHashMap<>(FhirRecords.completeBAll().prefetch());
    otherPatient.get("patient").setId("someone-else");
    assertThat(
            call(ASSESSMENT, FhirRecords.call("patient-view", otherPatient, null, null))
                .getResponse()
                .getContentAsString())
        .contains("prefetch.patient");
  }

  @Test
  void orderCheckWarnsOfClofarabineAfterHsctAndIsSilentForOtherOrders() throws Exception {
    // second relapse after an allogeneic HSCT: clofarabine is an option, with its VOD warning
    FhirRecords.Record r =
        FhirRecords.completeBAll()
            .procedure("2019-01-15", "58390007")
            .status("2020-02-01", "271299001");
    r.lab("BM-BLASTS", "2020-02-01", FhirRecords.percent(60));
    String clofarabine = "\"draftOrders\":" + FhirRecords.json(orders("Clofarabine 52 mg/m2 IV"));
    List<JsonNode> cards =
        cards(
            saved(
                "order-check-clofarabine",
                call(
                    ORDER_CHECK,
                    FhirRecords.call("order-select", r.prefetch(), clofarabine, null))));
    assertThat(cards).hasSize(1);
    assertThat(cards.get(0).get("indicator").asString()).isEqualTo("critical");
    assertThat(cards.get(0).get("summary").asString())
        .startsWith("Clofarabine with cyclophosphamide and etoposide after an earlier HSCT");
    assertThat(cards.get(0).get("overrideReasons")).isNotEmpty();

    String paracetamol = "\"draftOrders\":" + FhirRecords.json(orders("Paracetamol 500 mg"));
    assertThat(
            call(ORDER_CHECK, FhirRecords.call("order-select", r.prefetch(), paracetamol, null))
                .getResponse()
                .getContentAsString())
        .isEqualTo("{\"cards\":[]}");
  }

  static Bundle orders(String medication) {
    MedicationRequest order = new MedicationRequest();
    order.setStatus(MedicationRequest.MedicationRequestStatus.DRAFT);
    order.setIntent(MedicationRequest.MedicationRequestIntent.ORDER);
    order.setMedication(new CodeableConcept().setText(medication));
    return FhirRecords.bundle(List.of(order));
  }
}
