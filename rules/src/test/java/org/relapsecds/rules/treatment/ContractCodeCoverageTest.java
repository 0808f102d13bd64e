package org.relapsecds.rules.treatment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.relapsecds.rules.engine.Outcome;
import org.relapsecds.rules.engine.RuleDescriptor;
import org.relapsecds.rules.model.AlertCode;
import org.relapsecds.rules.model.CnsStatus;
import org.relapsecds.rules.model.ExtramedullarySite;
import org.relapsecds.rules.model.GeneticLesion;
import org.relapsecds.rules.model.Immunophenotype;
import org.relapsecds.rules.model.MarkerStatus;
import org.relapsecds.rules.model.RecommendationCode;
import org.relapsecds.rules.model.RelapseCase;
import org.relapsecds.rules.model.Sex;
import org.relapsecds.rules.model.TesticularInvolvement;
import org.relapsecds.rules.testing.BundledKnowledgeBase;
import org.relapsecds.rules.testing.Cases;

/**
 * Every recommendation code of the contract (and the model), and every contract alert code plus the
 * treatment rules' own, is produced by at least one case of this clinical library, and every
 * treatment rule fires for one of its cases.
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
    List<RelapseCase> cases = new ArrayList<>();
    // first relapse: reinduction, consolidation per scheme, prognosis
    cases.add(
        TreatmentCases.lateMarrowBcp()
            .marrowBlastPercent(35)
            .relapseDate(LocalDate.of(2018, 7, 10))
            .mrd(2e-4)
            .asparaginaseHypersensitivity(true)
            .genetics(GeneticLesion.BCR_ABL1, GeneticLesion.CREBBP_MUTATION)
            .build());
    cases.add(
        TreatmentCases.lateMarrowBcp()
            .genetics(
                GeneticLesion.TP53_ALTERATION,
                GeneticLesion.IKZF1_DELETION,
                GeneticLesion.HYPODIPLOIDY)
            .sex(Sex.MALE)
            .birthDate(LocalDate.of(2004, 1, 1))
            .diagnosisCnsStatus(CnsStatus.CNS3)
            .build());
    // CNS and testis
    cases.add(
        TreatmentCases.lateIsolatedCns(Immunophenotype.B_PRECURSOR)
            .genetics(GeneticLesion.ETV6_RUNX1, GeneticLesion.NT5C2_MUTATION)
            .build());
    cases.add(TreatmentCases.lateIsolatedCns(Immunophenotype.T_LINEAGE).build());
    cases.add(
        TreatmentCases.lateIsolatedCns(Immunophenotype.B_PRECURSOR)
            .priorCranialIrradiation(true)
            .build());
    for (TesticularInvolvement laterality : TesticularInvolvement.values()) {
      cases.add(TreatmentCases.lateIsolatedTestisBcp().testicularInvolvement(laterality).build());
    }
    cases.add(TreatmentCases.lateIsolatedTestisBcp().build());
    // high-risk first relapse: blinatumomab before HSCT, or CD19 missing
    cases.add(TreatmentCases.veryEarlyMarrowBcp().cd19(MarkerStatus.POSITIVE).build());
    cases.add(TreatmentCases.veryEarlyMarrowBcp().build());
    // not established, CNS2
    cases.add(TreatmentCases.notEstablished().relapseCnsStatus(CnsStatus.CNS2).build());
    // refractory, later relapse, relapse after HSCT: agents and safety
    cases.add(TreatmentCases.refractoryFirstRelapseBcp().build());
    cases.add(
        TreatmentCases.secondRelapseBcp()
            .cd19(MarkerStatus.POSITIVE)
            .cd22(MarkerStatus.POSITIVE)
            .priorHsct(true)
            .build());
    cases.add(TreatmentCases.secondRelapseBcp().build());
    cases.add(
        TreatmentCases.secondRelapseBcp()
            .diagnosisImmunophenotype(Immunophenotype.T_LINEAGE)
            .extramedullarySites(ExtramedullarySite.CNS)
            .genetics(GeneticLesion.KMT2A_REARRANGED)
            .build());
    // knowledge base v2: regimen counting, third line, boxed warnings, trial-population notes
    cases.add(TreatmentCases.refractoryFirstRelapseBcp().priorRegimens(1).build());
    cases.add(TreatmentCases.lateMarrowBcp().priorHsct(true).secondRemission(true).build());
    cases.add(TreatmentCases.lateMarrowBcp().priorRegimens(3).build());
    cases.add(TreatmentCases.lateMarrowBcp().relapseNumber(3).cd22(MarkerStatus.POSITIVE).build());
    cases.add(
        TreatmentCases.infant(TreatmentCases.lateMarrowBcp())
            .birthDate(LocalDate.of(2017, 1, 1))
            .relapseNumber(2)
            .cd19(MarkerStatus.POSITIVE)
            .build());
    cases.add(TreatmentCases.agedAtRelapse(TreatmentCases.secondRelapseBcp(), 23).build());
    cases.add(TreatmentCases.infant(TreatmentCases.secondRelapseBcp()).build());
    cases.add(
        TreatmentCases.lateIsolatedCns(Immunophenotype.B_PRECURSOR)
            .birthDate(LocalDate.of(2017, 1, 1))
            .diagnosisDate(LocalDate.of(2018, 1, 10))
            .endOfTherapyDate(null)
            .mrd(0.00001)
            .build());
    // UK ALL R3 enrolled ages 1-18
    cases.add(TreatmentCases.agedAtRelapse(TreatmentCases.lateMarrowBcp(), 19).build());
    // every cell of the CCG survival table, and the very early isolated CNS relapse of AALL0433
    List<RelapseCase.Builder> sites =
        List.of(
            TreatmentCases.lateMarrowBcp(),
            TreatmentCases.lateMarrowBcp().extramedullarySites(ExtramedullarySite.OTHER),
            TreatmentCases.lateIsolatedCns(Immunophenotype.B_PRECURSOR),
            TreatmentCases.lateIsolatedTestisBcp());
    for (RelapseCase.Builder site : sites) {
      for (int months : new int[] {17, 30, 40}) {
        cases.add(Cases.monthsAfterDiagnosis(site, months).build());
      }
    }
    return cases;
  }

  @Test
  void everyTreatmentRuleFiresForAtLeastOneCase() {
    Set<String> fired = new HashSet<>();
    for (RelapseCase relapse : library()) {
      TreatmentCases.evaluate(relapse).firedRules().forEach(f -> fired.add(f.rule().name()));
    }

    assertThat(
            BundledKnowledgeBase.get().rules().stream()
                .filter(r -> TreatmentRuleMetadataTest.TREATMENT_FILES.contains(r.file()))
                .map(RuleDescriptor::name))
        .isNotEmpty()
        .allSatisfy(name -> assertThat(fired).as("fired rules").contains(name));
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
