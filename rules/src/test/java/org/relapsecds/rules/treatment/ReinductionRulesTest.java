package org.relapsecds.rules.treatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.relapsecds.rules.testing.Outcomes.recommendations;
import static org.relapsecds.rules.treatment.TreatmentCases.evaluate;
import static org.relapsecds.rules.treatment.TreatmentCases.recommendationCodes;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.relapsecds.rules.engine.Outcome;
import org.relapsecds.rules.model.GeneticLesion;
import org.relapsecds.rules.model.Immunophenotype;
import org.relapsecds.rules.model.RecommendationCode;
import org.relapsecds.rules.model.RelapseCase;

/** Reinduction, anthracycline and asparaginase choice, TKI (reinduction.drl; sections 5.2, 6.3). */
class ReinductionRulesTest {

  static Stream<Arguments> reinductionCases() {
    return Stream.of(
        Arguments.of("late marrow relapse", TreatmentCases.lateMarrowBcp().build(), true),
        Arguments.of(
            "very early marrow relapse", TreatmentCases.veryEarlyMarrowBcp().build(), true),
        Arguments.of(
            "CR2 reached", TreatmentCases.lateMarrowBcp().secondRemission(true).build(), true),
        Arguments.of(
            "isolated CNS relapse of T-ALL",
            TreatmentCases.lateIsolatedCns(Immunophenotype.T_LINEAGE).build(),
            true),
        Arguments.of("relapse not established", TreatmentCases.notEstablished().build(), false),
        Arguments.of("second relapse", TreatmentCases.secondRelapseBcp().build(), false),
        Arguments.of(
            "relapse after HSCT", TreatmentCases.lateMarrowBcp().priorHsct(true).build(), false),
        Arguments.of(
            "no CR2 after reinduction", TreatmentCases.refractoryFirstRelapseBcp().build(), false));
  }

  @ParameterizedTest(name = "{0}: reinduction with mitoxantrone {2}")
  @MethodSource("reinductionCases")
  void reinductionWithMitoxantroneIsForAnEstablishedFirstRelapseThatHasNotFailedReinduction(
      String situation, RelapseCase relapse, boolean expected) {
    Outcome outcome = evaluate(relapse);

    if (expected) {
      assertThat(recommendationCodes(outcome))
          .contains(RecommendationCode.REINDUCTION, RecommendationCode.MITOXANTRONE_NOT_IDARUBICIN);
    } else {
      assertThat(recommendationCodes(outcome))
          .doesNotContain(
              RecommendationCode.REINDUCTION, RecommendationCode.MITOXANTRONE_NOT_IDARUBICIN);
    }
  }

  @Test
  void mitoxantroneRationaleGivesTheUkAllR3Figures() {
    Outcome outcome = evaluate(TreatmentCases.lateMarrowBcp());

    assertThat(recommendations(outcome, RecommendationCode.MITOXANTRONE_NOT_IDARUBICIN))
        .singleElement()
        .satisfies(
            r ->
                assertThat(r.rationale())
                    .contains("64.6 %", "35.9 %", "p = 0.0004", "69.0 %", "45.2 %", "HR 0.56"));
    assertThat(outcome.recommendations())
        .filteredOn(e -> e.item().code() == RecommendationCode.MITOXANTRONE_NOT_IDARUBICIN)
        .singleElement()
        .satisfies(e -> assertThat(e.rule().evidenceKeys()).containsExactly("Parker2010"));
  }

  @ParameterizedTest(name = "asparaginase hypersensitivity {0}: Erwinia {0}")
  @org.junit.jupiter.params.provider.ValueSource(booleans = {true, false})
  void erwiniaAsparaginaseFollowsAsparaginaseHypersensitivity(boolean hypersensitivity) {
    Outcome outcome =
        evaluate(TreatmentCases.lateMarrowBcp().asparaginaseHypersensitivity(hypersensitivity));

    assertThat(recommendations(outcome, RecommendationCode.ERWINIA_ASPARAGINASE))
        .hasSize(hypersensitivity ? 1 : 0);
  }

  @Test
  void erwiniaIsNotRecommendedWhileTheRelapseIsNotEstablished() {
    Outcome outcome = evaluate(TreatmentCases.notEstablished().asparaginaseHypersensitivity(true));

    assertThat(recommendationCodes(outcome))
        .doesNotContain(RecommendationCode.ERWINIA_ASPARAGINASE);
  }

  @ParameterizedTest(name = "BCR-ABL1 {0}: ABL-class TKI {0}")
  @org.junit.jupiter.params.provider.ValueSource(booleans = {true, false})
  void ablTyrosineKinaseInhibitorNeedsBcrAbl1AndIsMarkedUnverified(boolean bcrAbl1) {
    RelapseCase.Builder relapse =
        TreatmentCases.lateMarrowBcp()
            .genetics(
                bcrAbl1
                    ? new GeneticLesion[] {GeneticLesion.BCR_ABL1}
                    : new GeneticLesion[] {GeneticLesion.ETV6_RUNX1});

    Outcome outcome = evaluate(relapse);

    assertThat(TreatmentCases.explained(outcome, RecommendationCode.ABL_TKI))
        .hasSize(bcrAbl1 ? 1 : 0)
        .allSatisfy(e -> assertThat(e.rule().status()).isEqualTo("unverified"))
        .allSatisfy(e -> assertThat(e.rule().evidenceKeys()).containsExactly("Schultz2009"));
  }
}
