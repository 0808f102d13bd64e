package org.relapsecds.rules.treatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.relapsecds.rules.treatment.TreatmentCases.evaluate;
import static org.relapsecds.rules.treatment.TreatmentCases.explained;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.relapsecds.rules.engine.Outcome;
import org.relapsecds.rules.model.AlertCode;
import org.relapsecds.rules.model.CnsStatus;
import org.relapsecds.rules.model.GeneticLesion;
import org.relapsecds.rules.model.Immunophenotype;
import org.relapsecds.rules.model.Sex;

/** Prognostic findings reported as alerts (prognosis.drl; section 7). */
class PrognosisRulesTest {

  @ParameterizedTest(name = "{0}: {1} citing {2}, saying \"{3}\"")
  @CsvSource({
    "ETV6_RUNX1,       FAVOURABLE_GENETICS,        Gandemer2012,       80.8 %",
    "TP53_ALTERATION,  HIGH_RISK_GENETICS,         Irving2016,         HR 2.36",
    "IKZF1_DELETION,   HIGH_RISK_GENETICS,         Krentz2013,         intermediate-risk",
    "KMT2A_REARRANGED, HIGH_RISK_GENETICS,         HungerRaetz2020,    very high-risk",
    "HYPODIPLOIDY,     HIGH_RISK_GENETICS,         HungerRaetz2020,    very high-risk",
    "TCF3_HLF,         HIGH_RISK_GENETICS,         HungerRaetz2020,    very high-risk",
    "BCR_ABL1,         HIGH_RISK_GENETICS,         Schultz2009,        tyrosine kinase",
    "CREBBP_MUTATION,  GLUCOCORTICOID_RESISTANCE,  Mullighan2011,      glucocorticoids",
    "NT5C2_MUTATION,   THIOPURINE_RESISTANCE,      Meyer2013,          thiopurines",
  })
  void eachGeneticFindingIsReportedWithItsDirectionAndSource(
      GeneticLesion lesion, AlertCode code, String source, String figure) {
    Outcome withLesion = evaluate(TreatmentCases.lateMarrowBcp().genetics(lesion));
    Outcome without = evaluate(TreatmentCases.lateMarrowBcp());
    Outcome notEstablished = evaluate(TreatmentCases.notEstablished().genetics(lesion));

    assertThat(explained(withLesion, code))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.rule().evidenceKeys()).contains(source);
              assertThat(e.item().message()).contains(figure);
            });
    assertThat(explained(without, code)).isEmpty();
    assertThat(explained(notEstablished, code)).isEmpty();
  }

  @Test
  void veryHighRiskGeneticsAreReportedOnceWhenSeveralArePresent() {
    Outcome outcome =
        evaluate(
            TreatmentCases.lateMarrowBcp()
                .genetics(GeneticLesion.KMT2A_REARRANGED, GeneticLesion.HYPODIPLOIDY));

    assertThat(explained(outcome, AlertCode.HIGH_RISK_GENETICS)).hasSize(1);
  }

  @ParameterizedTest(name = "born {0}, CNS at diagnosis {1}, {2}, {3}: {4} unfavourable factors")
  @CsvSource({
    "2008-03-02, CNS1, FEMALE, B_PRECURSOR, 0",
    "2005-01-10, CNS1, FEMALE, B_PRECURSOR, 1",
    "2005-01-11, CNS1, FEMALE, B_PRECURSOR, 0",
    "2008-03-02, CNS3, FEMALE, B_PRECURSOR, 1",
    "2008-03-02, CNS2, FEMALE, B_PRECURSOR, 0",
    "2008-03-02, CNS1, MALE,   B_PRECURSOR, 1",
    "2008-03-02, CNS1, FEMALE, T_LINEAGE,   1",
    "2005-01-10, CNS3, MALE,   T_LINEAGE,   4",
  })
  void nguyenFactorsOfWorseSurvivalAfterRelapseAreReportedOneByOne(
      LocalDate birth, CnsStatus cnsAtDiagnosis, Sex sex, Immunophenotype phenotype, int count) {
    Outcome outcome =
        evaluate(
            TreatmentCases.lateMarrowBcp()
                .birthDate(birth)
                .diagnosisCnsStatus(cnsAtDiagnosis)
                .sex(sex)
                .diagnosisImmunophenotype(phenotype));

    assertThat(explained(outcome, AlertCode.UNFAVOURABLE_PROGNOSIS))
        .hasSize(count)
        .allSatisfy(e -> assertThat(e.rule().evidenceKeys()).containsExactly("Nguyen2008"));
  }
}
