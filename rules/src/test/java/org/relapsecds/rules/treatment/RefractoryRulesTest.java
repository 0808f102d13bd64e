package org.relapsecds.rules.treatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.relapsecds.rules.testing.Outcomes.recommendations;
import static org.relapsecds.rules.treatment.TreatmentCases.evaluate;
import static org.relapsecds.rules.treatment.TreatmentCases.named;
import static org.relapsecds.rules.treatment.TreatmentCases.recommendationCodes;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.relapsecds.rules.engine.Outcome;
import org.relapsecds.rules.model.RecommendationCode;
import org.relapsecds.rules.model.RelapseCase;

/**
 * Refractory disease, second or later relapse, relapse after HSCT: a clinical trial or a novel
 * agent, HSCT only once in remission (refractory.drl; sections 6.1, 6.2).
 */
class RefractoryRulesTest {

  static Stream<Arguments> settings() {
    return Stream.of(
        Arguments.of(
            named("no CR2 after reinduction", TreatmentCases.refractoryFirstRelapseBcp()),
            true,
            "no second remission"),
        Arguments.of(
            named("second relapse", TreatmentCases.secondRelapseBcp()),
            true,
            "second or later relapse"),
        Arguments.of(
            named("third relapse", TreatmentCases.lateMarrowBcp().relapseNumber(3)),
            true,
            "second or later relapse"),
        Arguments.of(
            named("first relapse after HSCT", TreatmentCases.lateMarrowBcp().priorHsct(true)),
            true,
            "relapse after allogeneic HSCT"),
        Arguments.of(
            named("very early first relapse", TreatmentCases.veryEarlyMarrowBcp()), false, ""),
        Arguments.of(
            named(
                "very early first relapse in CR2",
                TreatmentCases.veryEarlyMarrowBcp().secondRemission(true)),
            false,
            ""),
        Arguments.of(
            named(
                "second relapse not established", TreatmentCases.notEstablished().relapseNumber(2)),
            false,
            ""));
  }

  @ParameterizedTest(name = "{0}: clinical trial {1}")
  @MethodSource("settings")
  void clinicalTrialIsAdvisedBeyondTheStandardFirstRelapseArm(
      RelapseCase relapse, boolean expected, String setting) {
    Outcome outcome = evaluate(relapse);

    assertThat(recommendations(outcome, RecommendationCode.CLINICAL_TRIAL))
        .hasSize(expected ? 1 : 0)
        .allSatisfy(
            r ->
                assertThat(r.rationale())
                    .contains(setting)
                    .contains("HSCT only once a remission, ideally MRD-negative"));
  }

  @Test
  void oneClinicalTrialRecommendationNamesEverySettingThatHolds() {
    Outcome outcome =
        evaluate(
            TreatmentCases.lateMarrowBcp().relapseNumber(2).priorHsct(true).secondRemission(false));

    assertThat(recommendations(outcome, RecommendationCode.CLINICAL_TRIAL))
        .singleElement()
        .satisfies(
            r ->
                assertThat(r.rationale())
                    .contains(
                        "no second remission",
                        "second or later relapse",
                        "relapse after allogeneic HSCT"));
  }

  @Test
  void refractoryFirstRelapseGetsNeitherTheStandardArmNorHsctBeforeRemission() {
    Outcome outcome =
        evaluate(
            TreatmentCases.refractoryFirstRelapseBcp()
                .extramedullarySites(org.relapsecds.rules.model.ExtramedullarySite.CNS));

    assertThat(recommendationCodes(outcome))
        .contains(RecommendationCode.CLINICAL_TRIAL)
        .doesNotContain(
            RecommendationCode.REINDUCTION,
            RecommendationCode.MITOXANTRONE_NOT_IDARUBICIN,
            RecommendationCode.HSCT_IN_CR2,
            RecommendationCode.CHEMOTHERAPY_CONSOLIDATION,
            RecommendationCode.CRANIAL_IRRADIATION);
  }
}
