package org.relapsecds.rules.treatment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.relapsecds.rules.engine.Outcome;
import org.relapsecds.rules.model.AlertCode;
import org.relapsecds.rules.model.CnsStatus;
import org.relapsecds.rules.model.ExtramedullarySite;
import org.relapsecds.rules.model.GeneticLesion;
import org.relapsecds.rules.model.Immunophenotype;
import org.relapsecds.rules.model.MarkerStatus;
import org.relapsecds.rules.model.RecommendationCode;
import org.relapsecds.rules.model.RelapseCase;
import org.relapsecds.rules.model.TesticularInvolvement;

/**
 * Every recommendation code of the contract (and the model), and every contract alert code plus the
 * treatment rules' own, is produced by at least one case of this clinical library.
 */
class ContractCodeCoverageTest {

  /** The alert codes of the API contract, and those the treatment rules add. */
  private static final Set<AlertCode> EXPECTED_ALERTS =
      EnumSet.of(
          AlertCode.VOD_RISK_CLOFARABINE_AFTER_HSCT,
          AlertCode.NELARABINE_NEUROTOXICITY,
          AlertCode.HIGH_RISK_GENETICS,
          AlertCode.FAVOURABLE_GENETICS,
          AlertCode.GLUCOCORTICOID_RESISTANCE,
          AlertCode.THIOPURINE_RESISTANCE,
          AlertCode.OUTSIDE_TRIAL_POPULATION,
          AlertCode.NOT_A_TREATMENT_ORDER,
          AlertCode.UNFAVOURABLE_PROGNOSIS,
          AlertCode.INVESTIGATIONAL_AGENTS,
          AlertCode.OUTCOME_FIGURES);

  private static List<RelapseCase> library() {
    return List.of(
        // first relapse: reinduction, consolidation per scheme, CNS and testis, prognosis
        TreatmentCases.lateMarrowBcp()
            .marrowBlastPercent(35)
            .relapseDate(java.time.LocalDate.of(2018, 7, 10))
            .mrd(2e-4)
            .asparaginaseHypersensitivity(true)
            .genetics(GeneticLesion.BCR_ABL1, GeneticLesion.CREBBP_MUTATION)
            .build(),
        TreatmentCases.lateIsolatedCns(Immunophenotype.B_PRECURSOR)
            .genetics(GeneticLesion.ETV6_RUNX1, GeneticLesion.NT5C2_MUTATION)
            .build(),
        TreatmentCases.lateIsolatedTestisBcp()
            .testicularInvolvement(TesticularInvolvement.UNILATERAL)
            .build(),
        TreatmentCases.veryEarlyMarrowBcp().cd19(MarkerStatus.POSITIVE).build(),
        // not established / CNS2
        TreatmentCases.notEstablished().relapseCnsStatus(CnsStatus.CNS2).build(),
        // later relapse: agents and safety
        TreatmentCases.secondRelapseBcp()
            .cd19(MarkerStatus.POSITIVE)
            .cd22(MarkerStatus.POSITIVE)
            .priorHsct(true)
            .build(),
        TreatmentCases.secondRelapseBcp()
            .diagnosisImmunophenotype(Immunophenotype.T_LINEAGE)
            .extramedullarySites(ExtramedullarySite.CNS)
            .build(),
        // UK ALL R3 enrolled ages 1-18
        TreatmentCases.agedAtRelapse(TreatmentCases.lateMarrowBcp(), 19).build());
  }

  @Test
  void everyRecommendationCodeIsProducedByAtLeastOneCase() {
    Set<RecommendationCode> produced = EnumSet.noneOf(RecommendationCode.class);
    for (RelapseCase relapse : library()) {
      produced.addAll(TreatmentCases.recommendationCodes(TreatmentCases.evaluate(relapse)));
    }

    assertThat(produced)
        .containsExactlyInAnyOrderElementsOf(EnumSet.allOf(RecommendationCode.class));
  }

  @Test
  void everyContractAlertCodeAndEveryTreatmentAlertCodeIsProducedByAtLeastOneCase() {
    Set<AlertCode> produced = EnumSet.noneOf(AlertCode.class);
    for (RelapseCase relapse : library()) {
      Outcome outcome = TreatmentCases.evaluate(relapse);
      produced.addAll(TreatmentCases.alertCodes(outcome));
    }

    assertThat(produced).containsAll(EXPECTED_ALERTS);
  }
}
