package org.relapsecds.api.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.relapsecds.api.cdshooks.fhir.CodeList.Systems;
import org.relapsecds.api.cdshooks.fhir.CodeLists;
import org.relapsecds.api.cdshooks.fhir.FhirServerClient;
import org.relapsecds.api.cdshooks.fhir.Gap;
import org.relapsecds.api.cdshooks.fhir.MappedCase;
import org.relapsecds.api.cdshooks.fhir.RecordMapper;
import org.relapsecds.api.cdshooks.fhir.RecordReader;
import org.relapsecds.api.cdshooks.fhir.RecordUnavailableException;
import org.relapsecds.api.cdshooks.wire.HookRequest;
import org.relapsecds.api.evaluation.EvaluationRequest;
import org.relapsecds.rules.model.CnsStatus;
import org.relapsecds.rules.model.ExtramedullarySite;
import org.relapsecds.rules.model.GeneticLesion;
import org.relapsecds.rules.model.Immunophenotype;
import org.relapsecds.rules.model.MarkerStatus;
import org.relapsecds.rules.model.Sex;
import org.relapsecds.rules.model.TesticularInvolvement;

/** FHIR R4 records, through HAPI parsing of the prefetch JSON, to the evaluation case. */
class FhirMappingTest {
  private static final RecordReader READER =
      new RecordReader(FhirRecords.FHIR, new FhirServerClient());
  private static final RecordMapper MAPPER =
      new RecordMapper(new CodeLists(FhirRecords.LOCAL_CODES));

  static MappedCase map(Map<String, ? extends Resource> prefetch) {
    String json = FhirRecords.call("patient-view", prefetch, null, null);
    HookRequest request =
        new HookJson().read(json.getBytes(StandardCharsets.UTF_8), HookRequest.class);
    return MAPPER.map(READER.read(request, FhirRecords.PATIENT_ID, CdsServices.PREFETCH));
  }

  @Test
  void theCompleteRecordGivesTheContractExampleCase() {
    MappedCase mapped = map(FhirRecords.completeBAll().prefetch());
    EvaluationRequest c = mapped.request();
    assertThat(mapped.inScope()).isTrue();
    assertThat(c.patient())
        .isEqualTo(
            new EvaluationRequest.Patient(java.time.LocalDate.parse("2008-03-02"), Sex.MALE));
    assertThat(c.diagnosis().date()).hasToString("2015-01-10");
    assertThat(c.diagnosis().immunophenotype()).isEqualTo(Immunophenotype.B_PRECURSOR);
    assertThat(c.diagnosis().cnsStatus()).isEqualTo(CnsStatus.CNS1);
    assertThat(c.frontlineTherapy().endDate())
        .as("last vincristine before the relapse")
        .hasToString("2017-01-10");
    assertThat(c.relapse().date()).hasToString("2018-07-10");
    assertThat(c.relapse().number()).isEqualTo(1);
    assertThat(c.relapse().marrowBlastPercent()).isEqualTo(35.0);
    assertThat(c.relapse().extramedullarySites())
        .containsExactlyInAnyOrder(ExtramedullarySite.CNS, ExtramedullarySite.TESTIS);
    assertThat(c.relapse().cnsStatus()).isEqualTo(CnsStatus.CNS3);
    assertThat(c.relapse().testicularInvolvement()).isEqualTo(TesticularInvolvement.UNILATERAL);
    assertThat(c.relapse().cd19()).isEqualTo(MarkerStatus.POSITIVE);
    assertThat(c.relapse().cd22()).isNull();
    assertThat(c.relapse().genetics()).containsExactly(GeneticLesion.ETV6_RUNX1);
    assertThat(c.response().secondRemission()).isTrue();
    assertThat(c.response().mrd()).isCloseTo(0.0002, within(1e-12));
    assertThat(c.history().priorHsct()).isFalse();
    assertThat(c.history().asparaginaseHypersensitivity()).isTrue();
    assertThat(c.history().priorCranialIrradiation()).isFalse();
    assertThat(mapped.gaps()).isEmpty();
    assertThat(mapped.mappedElements()).as("FHIR elements that gave a value").isEqualTo(17);
  }

  @Test
  void withoutAnMrdResultMrdIsAGapNotAValue() {
    MappedCase mapped = map(FhirRecords.completeBAll().without("BM-MRD").prefetch());
    assertThat(mapped.request().response().mrd()).isNull();
    assertThat(mapped.gaps()).extracting(Gap::field).containsExactly("response.mrd");
  }

  @Test
  void aLocalTLineageCodeGivesTLineage() {
    FhirRecords.Record r = FhirRecords.completeBAll();
    r.conditions.clear();
    r.condition(
        "2015-01-10",
        new Coding(Systems.SNOMED, "91857003", "ALL"),
        new Coding(FhirRecords.LAB, "T-ALL", "T-ALL"));
    assertThat(map(r.prefetch()).request().diagnosis().immunophenotype())
        .isEqualTo(Immunophenotype.T_LINEAGE);
  }

  @Test
  void anAllogeneicTransplantBeforeTheRelapseCountsAnAutologousOneDoesNot() {
    assertThat(
            map(FhirRecords.completeBAll().procedure("2017-03-01", "58390007").prefetch())
                .request()
                .history()
                .priorHsct())
        .isTrue();
    assertThat(
            map(FhirRecords.completeBAll().procedure("2017-03-01", "58776007").prefetch())
                .request()
                .history()
                .priorHsct())
        .isFalse();
    assertThat(
            map(FhirRecords.completeBAll().procedure("2018-09-01", "58390007").prefetch())
                .request()
                .history()
                .priorHsct())
        .as("a transplant after the relapse is not prior")
        .isFalse();
  }

  @Test
  void aSecondRunOfWorsenedStatusesAfterARemissionIsTheSecondRelapse() {
    FhirRecords.Record r = FhirRecords.completeBAll().status("2020-02-01", "271299001");
    r.lab("BM-BLASTS", "2020-02-01", FhirRecords.percent(60));
    EvaluationRequest c = map(r.prefetch()).request();
    assertThat(c.relapse().number()).isEqualTo(2);
    assertThat(c.relapse().date()).hasToString("2020-02-01");
    assertThat(c.relapse().marrowBlastPercent()).isEqualTo(60.0);
    assertThat(c.frontlineTherapy().endDate())
        .as("frontline ends before the first relapse")
        .hasToString("2017-01-10");
    assertThat(c.history().priorRegimens()).isEqualTo(2);
    assertThat(c.response().secondRemission())
        .as("no remission after the second relapse yet")
        .isNull();
  }

  @Test
  void unknownCodesLeaveTheirFieldsOutAndNeverThrow() {
    FhirRecords.Record r = FhirRecords.completeBAll().without("BM-BLASTS");
    r.observations.add(
        observation(
            "http://loinc.org",
            "77147-7",
            "2018-07-10",
            FhirRecords.percent(35))); // eGFR, not blasts
    r.observations.add(
        observation("http://other.lab/codes", "BLASTS", "2018-07-10", FhirRecords.percent(35)));
    MappedCase mapped = map(r.prefetch());
    assertThat(mapped.request().relapse().marrowBlastPercent()).isNull();
    assertThat(mapped.gaps()).extracting(Gap::field).contains("relapse.marrowBlastPercent");

    FhirRecords.Record localOnly = FhirRecords.completeBAll();
    localOnly.conditions.clear();
    localOnly.condition(
        "2015-01-10", new Coding("http://hospital.test/dx", "LEUK-7", "ALL (local)"));
    assertThat(map(localOnly.prefetch()).inScope())
        .as("a local-only ALL code is not guessed")
        .isFalse();
  }

  @Test
  void marrowBlastsAsAFractionAreTimes100AndOtherUnitsAreUnmapped() {
    FhirRecords.Record r = FhirRecords.completeBAll().without("BM-BLASTS");
    r.lab(
        "BM-BLASTS",
        "2018-07-10",
        new Quantity().setValue(0.35).setSystem("http://unitsofmeasure.org").setCode("1"));
    assertThat(map(r.prefetch()).request().relapse().marrowBlastPercent())
        .isCloseTo(35.0, within(1e-9));
    FhirRecords.Record other = FhirRecords.completeBAll().without("BM-BLASTS");
    other.lab("BM-BLASTS", "2018-07-10", new Quantity().setValue(35).setCode("10*9/L"));
    assertThat(map(other.prefetch()).request().relapse().marrowBlastPercent()).isNull();
  }

  @Test
  void mrdBelowTheLowestThresholdIsBelowItNeverAtIt() {
    FhirRecords.Record r = FhirRecords.completeBAll().without("BM-MRD");
    r.lab(
        "BM-MRD",
        "2018-08-15",
        FhirRecords.percent(0.01).setComparator(Quantity.QuantityComparator.LESS_THAN));
    Double mrd = map(r.prefetch()).request().response().mrd();
    assertThat(mrd).isLessThan(1e-4).isGreaterThan(0.99e-4);
    FhirRecords.Record between = FhirRecords.completeBAll().without("BM-MRD");
    between.lab(
        "BM-MRD",
        "2018-08-15",
        FhirRecords.percent(0.1).setComparator(Quantity.QuantityComparator.LESS_THAN));
    MappedCase mapped = map(between.prefetch());
    assertThat(mapped.request().response().mrd())
        .as("<0.1 % is indeterminate against 1e-4")
        .isNull();
    assertThat(mapped.gaps()).extracting(Gap::reason).anyMatch(s -> s.contains("<0.1 %"));
  }

  @Test
  void prefetchStates() {
    Map<String, Resource> prefetch = new LinkedHashMap<>(FhirRecords.completeBAll().prefetch());
    prefetch.put("procedures", null);
    assertThat(map(prefetch).request().history().priorHsct()).as("null: no data").isFalse();

    prefetch.put("allergies", FhirRecords.failure());
    assertThat(map(prefetch).request().history().asparaginaseHypersensitivity())
        .as("OperationOutcome: unavailable")
        .isFalse();

    Map<String, Resource> required = new LinkedHashMap<>(FhirRecords.completeBAll().prefetch());
    required.put("conditions", FhirRecords.failure());
    assertThatThrownBy(() -> map(required))
        .isInstanceOf(RecordUnavailableException.class)
        .hasMessageContaining("conditions");

    Map<String, Resource> absent = new LinkedHashMap<>(FhirRecords.completeBAll().prefetch());
    absent.remove("observations");
    assertThatThrownBy(() -> map(absent))
        .isInstanceOf(RecordUnavailableException.class)
        .hasMessageContaining("observations");

    Map<String, Resource> outcomeEntry = new LinkedHashMap<>(FhirRecords.completeBAll().prefetch());
    org.hl7.fhir.r4.model.Bundle bundle = FhirRecords.bundle(java.util.List.of());
    bundle
        .addEntry()
        .setResource(FhirRecords.failure())
        .getSearch()
        .setMode(org.hl7.fhir.r4.model.Bundle.SearchEntryMode.OUTCOME);
    outcomeEntry.put("diseaseStatus", bundle);
    assertThatThrownBy(() -> map(outcomeEntry)).isInstanceOf(RecordUnavailableException.class);
  }

  @Test
  void noAllConditionIsOutOfScope() {
    FhirRecords.Record r = FhirRecords.completeBAll();
    r.conditions.clear();
    assertThat(map(r.prefetch()).inScope()).isFalse();
  }

  private static org.hl7.fhir.r4.model.Observation observation(
      String system, String code, String date, Quantity value) {
    org.hl7.fhir.r4.model.Observation o = FhirRecords.observation(system, code, date);
    o.setValue(value);
    return o;
  }
}
