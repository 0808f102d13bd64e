package org.relapsecds.rules.treatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.relapsecds.rules.testing.Outcomes.alerts;
import static org.relapsecds.rules.testing.Outcomes.recommendations;
import static org.relapsecds.rules.treatment.TreatmentCases.evaluate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.relapsecds.rules.engine.Outcome;
import org.relapsecds.rules.model.AlertCode;
import org.relapsecds.rules.model.GeneticLesion;
import org.relapsecds.rules.model.Immunophenotype;
import org.relapsecds.rules.model.RecommendationCode;
import org.relapsecds.rules.model.Severity;

/** Safety warnings and investigational agents (safety.drl; section 6.3). */
class SafetyRulesTest {

  @ParameterizedTest(name = "prior HSCT {0}, prior regimens {1}: VOD warning {2}")
  @CsvSource({"true, 2, true", "false, 2, false", "true, 1, false"})
  void clofarabineAfterEarlierHsctCarriesACriticalVodWarning(
      boolean priorHsct, int priorRegimens, boolean warned) {
    Outcome outcome =
        evaluate(TreatmentCases.lateMarrowBcp().priorHsct(priorHsct).priorRegimens(priorRegimens));

    // Version 2: clofarabine is third line, so without prior HSCT this first relapse gets none.
    assertThat(recommendations(outcome, RecommendationCode.CLOFARABINE))
        .hasSize(priorHsct && priorRegimens >= 2 ? 1 : 0);
    assertThat(alerts(outcome, AlertCode.VOD_RISK_CLOFARABINE_AFTER_HSCT))
        .hasSize(warned ? 1 : 0)
        .allSatisfy(
            a -> {
              assertThat(a.severity()).isEqualTo(Severity.CRITICAL);
              assertThat(a.message()).contains("4 of the first 8");
            });
  }

  @Test
  void clofarabineAfterHsctIsNotWarnedWhenClofarabineIsOutOfTheAgeRange() {
    Outcome outcome =
        evaluate(
            TreatmentCases.agedAtRelapse(TreatmentCases.lateMarrowBcp(), 22)
                .priorHsct(true)
                .priorRegimens(2));

    assertThat(recommendations(outcome, RecommendationCode.CLOFARABINE)).isEmpty();
    assertThat(alerts(outcome, AlertCode.VOD_RISK_CLOFARABINE_AFTER_HSCT)).isEmpty();
  }

  @ParameterizedTest(name = "T-ALL, {0} prior regimens: neurotoxicity warning {1}")
  @CsvSource({"2, true", "1, false"})
  void nelarabineCarriesANeurotoxicityWarning(int priorRegimens, boolean warned) {
    Outcome outcome =
        evaluate(
            TreatmentCases.lateMarrowBcp()
                .relapseNumber(2)
                .diagnosisImmunophenotype(Immunophenotype.T_LINEAGE)
                .priorRegimens(priorRegimens));

    assertThat(alerts(outcome, AlertCode.NELARABINE_NEUROTOXICITY))
        .hasSize(warned ? 1 : 0)
        .allSatisfy(a -> assertThat(a.message()).contains("grade 2"));
  }

  @Test
  void investigationalAgentsAreMentionedOnlyAsTrialOptions() {
    Outcome trial = evaluate(TreatmentCases.secondRelapseBcp());
    Outcome standard = evaluate(TreatmentCases.veryEarlyMarrowBcp());

    assertThat(recommendations(trial, RecommendationCode.CLINICAL_TRIAL)).hasSize(1);
    assertThat(alerts(trial, AlertCode.INVESTIGATIONAL_AGENTS))
        .singleElement()
        .satisfies(
            a ->
                assertThat(a.message())
                    .contains("Epratuzumab", "moxetumomab", "mTOR", "clinical trial")
                    .doesNotContain("estaurtinib"));
    assertThat(alerts(standard, AlertCode.INVESTIGATIONAL_AGENTS)).isEmpty();
  }

  @Test
  void kmt2aRearrangedAllGetsRevumenibNotLestaurtinib() {
    Outcome outcome =
        evaluate(TreatmentCases.secondRelapseBcp().genetics(GeneticLesion.KMT2A_REARRANGED));

    // Version 2: revumenib is the KMT2A option; lestaurtinib stays an infant trial option only.
    assertThat(recommendations(outcome, RecommendationCode.REVUMENIB)).hasSize(1);
    assertThat(alerts(outcome, AlertCode.INVESTIGATIONAL_AGENTS))
        .singleElement()
        .satisfies(a -> assertThat(a.message()).doesNotContain("estaurtinib"));
  }

  @Test
  void lestaurtinibIsAddedOnceForAnInfantWithKmt2aRearrangement() {
    Outcome outcome =
        evaluate(
            TreatmentCases.infant(TreatmentCases.secondRelapseBcp())
                .genetics(GeneticLesion.KMT2A_REARRANGED));

    assertThat(alerts(outcome, AlertCode.INVESTIGATIONAL_AGENTS))
        .singleElement()
        .satisfies(a -> assertThat(a.message()).contains("Lestaurtinib"));
  }
}
