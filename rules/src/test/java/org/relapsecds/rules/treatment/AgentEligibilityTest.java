package org.relapsecds.rules.treatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.relapsecds.rules.testing.Outcomes.missing;
import static org.relapsecds.rules.testing.Outcomes.recommendations;
import static org.relapsecds.rules.treatment.TreatmentCases.agedAtRelapse;
import static org.relapsecds.rules.treatment.TreatmentCases.birthdayAtRelapse;
import static org.relapsecds.rules.treatment.TreatmentCases.evaluate;
import static org.relapsecds.rules.treatment.TreatmentCases.explained;
import static org.relapsecds.rules.treatment.TreatmentCases.named;

import java.util.EnumSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.relapsecds.rules.engine.Outcome;
import org.relapsecds.rules.model.Immunophenotype;
import org.relapsecds.rules.model.MarkerStatus;
import org.relapsecds.rules.model.RecommendationCode;
import org.relapsecds.rules.model.RelapseCase;
import org.relapsecds.rules.model.Scheme;
import org.relapsecds.rules.model.TimingCategory;
import org.relapsecds.rules.testing.Cases;

/**
 * Novel agents and their eligibility: phenotype, CD19/CD22, age in completed years at relapse,
 * prior regimens, line of therapy (agents.drl; section 6.3).
 */
class AgentEligibilityTest {

  // ---- Blinatumomab ----

  @ParameterizedTest(name = "second relapse, CD19 {0}: blinatumomab {1}, relapse.cd19 missing {2}")
  @CsvSource({"POSITIVE, true, false", "NEGATIVE, false, false", "UNKNOWN, false, true"})
  void blinatumomabNeedsCd19PositiveAndAnUnknownCd19IsReportedAsMissing(
      MarkerStatus cd19, boolean recommended, boolean reportedMissing) {
    Outcome outcome = evaluate(TreatmentCases.secondRelapseBcp().cd19(cd19));

    assertThat(recommendations(outcome, RecommendationCode.BLINATUMOMAB))
        .hasSize(recommended ? 1 : 0);
    assertThat(missing(outcome, "relapse.cd19"))
        .hasSize(reportedMissing ? 1 : 0)
        .allSatisfy(
            m ->
                assertThat(m.reason())
                    .isEqualTo("decides eligibility for blinatumomab and tisagenlecleucel"));
  }

  @Test
  void blinatumomabIsNotForTLineageAll() {
    Outcome outcome =
        evaluate(
            TreatmentCases.secondRelapseBcp()
                .diagnosisImmunophenotype(Immunophenotype.T_LINEAGE)
                .cd19(MarkerStatus.POSITIVE));

    assertThat(recommendations(outcome, RecommendationCode.BLINATUMOMAB)).isEmpty();
  }

  static Stream<Arguments> firstRelapseBlinatumomab() {
    return Stream.of(
        Arguments.of(
            named(
                "very early marrow relapse (S4, UK high, COG high)",
                TreatmentCases.veryEarlyMarrowBcp()),
            EnumSet.of(Scheme.BFM, Scheme.COG)),
        Arguments.of(
            named(
                "early marrow relapse (S3, UK high, COG high)",
                Cases.withBfmTiming(TreatmentCases.lateMarrowBcp(), TimingCategory.EARLY)),
            EnumSet.of(Scheme.BFM, Scheme.COG)),
        Arguments.of(
            named(
                "isolated CNS relapse at 17 months (BFM S2, UK high, COG high)",
                Cases.monthsAfterDiagnosis(
                    TreatmentCases.lateIsolatedCns(Immunophenotype.B_PRECURSOR), 17)),
            EnumSet.of(Scheme.COG)),
        Arguments.of(
            named(
                "late isolated CNS relapse (BFM S1, UK standard): not high risk",
                TreatmentCases.lateIsolatedCns(Immunophenotype.B_PRECURSOR)),
            EnumSet.noneOf(Scheme.class)),
        Arguments.of(
            named("late marrow relapse (S2, UK intermediate)", TreatmentCases.lateMarrowBcp()),
            EnumSet.noneOf(Scheme.class)));
  }

  @ParameterizedTest(name = "{0}: blinatumomab before HSCT under {1}")
  @MethodSource("firstRelapseBlinatumomab")
  void blinatumomabIsThirdConsolidationBeforeHsctInHighRiskFirstRelapse(
      RelapseCase relapse, EnumSet<Scheme> highRiskSchemes) {
    Outcome outcome = evaluate(relapse.toBuilder().cd19(MarkerStatus.POSITIVE));

    // Version 2: one recommendation per consolidation rule (BFM S3/S4, COG high/intermediate),
    // each naming its scheme; UK ALL R3 high risk alone does not qualify.
    var found = recommendations(outcome, RecommendationCode.BLINATUMOMAB);
    EnumSet<Scheme> listed = EnumSet.noneOf(Scheme.class);
    found.forEach(r -> listed.addAll(r.schemes()));
    assertThat(listed).isEqualTo(highRiskSchemes);
    assertThat(found).hasSize(highRiskSchemes.size());
    found.stream()
        .filter(r -> r.schemes().contains(Scheme.BFM))
        .forEach(r -> assertThat(r.rationale()).contains("EFS HR 0.33"));
  }

  @Test
  void highRiskFirstRelapseWithUnknownCd19NamesBlinatumomabOnly() {
    Outcome outcome = evaluate(TreatmentCases.veryEarlyMarrowBcp());

    assertThat(recommendations(outcome, RecommendationCode.BLINATUMOMAB)).isEmpty();
    assertThat(missing(outcome, "relapse.cd19"))
        .singleElement()
        .satisfies(m -> assertThat(m.reason()).isEqualTo("decides eligibility for blinatumomab"));
  }

  // ---- Tisagenlecleucel ----

  static Stream<Arguments> tisagenlecleucelAges() {
    return Stream.of(
        Arguments.of(
            named("25 years 364 days", agedAtRelapse(TreatmentCases.secondRelapseBcp(), 25)), true),
        Arguments.of(
            named("26th birthday", birthdayAtRelapse(TreatmentCases.secondRelapseBcp(), 26)),
            false),
        Arguments.of(
            named("26 years", agedAtRelapse(TreatmentCases.secondRelapseBcp(), 26)), false),
        Arguments.of(
            named("11 years, refractory first relapse", TreatmentCases.refractoryFirstRelapseBcp()),
            true),
        Arguments.of(
            named(
                "11 years, first relapse after HSCT (not a second relapse)",
                TreatmentCases.lateMarrowBcp().priorHsct(true)),
            false),
        Arguments.of(named("11 years, first relapse", TreatmentCases.veryEarlyMarrowBcp()), false));
  }

  @ParameterizedTest(name = "CD19-positive B-precursor ALL, {0}: tisagenlecleucel {1}")
  @MethodSource("tisagenlecleucelAges")
  void tisagenlecleucelIsUpTo25CompletedYearsForRefractoryOrSecondOrLaterRelapse(
      RelapseCase relapse, boolean recommended) {
    Outcome outcome = evaluate(relapse.toBuilder().cd19(MarkerStatus.POSITIVE));

    assertThat(explained(outcome, RecommendationCode.TISAGENLECLEUCEL))
        .hasSize(recommended ? 1 : 0)
        .allSatisfy(
            e -> {
              assertThat(e.item().rationale()).contains("Project conventions");
              assertThat(e.rule().evidenceKeys()).containsExactly("OLeary2019", "KymriahLabel");
            });
  }

  @Test
  void tisagenlecleucelNeedsCd19Positive() {
    Outcome negative = evaluate(TreatmentCases.secondRelapseBcp().cd19(MarkerStatus.NEGATIVE));
    Outcome unknownAt26 =
        evaluate(agedAtRelapse(TreatmentCases.secondRelapseBcp(), 26).cd19(MarkerStatus.UNKNOWN));

    assertThat(recommendations(negative, RecommendationCode.TISAGENLECLEUCEL)).isEmpty();
    assertThat(missing(unknownAt26, "relapse.cd19"))
        .singleElement()
        .satisfies(m -> assertThat(m.reason()).isEqualTo("decides eligibility for blinatumomab"));
  }

  // ---- Inotuzumab ozogamicin ----

  @ParameterizedTest(name = "second relapse, CD22 {0}: inotuzumab {1}, relapse.cd22 missing {2}")
  @CsvSource({"POSITIVE, true, false", "NEGATIVE, false, false", "UNKNOWN, false, true"})
  void inotuzumabNeedsCd22Positive(MarkerStatus cd22, boolean recommended, boolean missingCd22) {
    Outcome outcome = evaluate(TreatmentCases.secondRelapseBcp().cd22(cd22));

    assertThat(recommendations(outcome, RecommendationCode.INOTUZUMAB_OZOGAMICIN))
        .hasSize(recommended ? 1 : 0);
    assertThat(missing(outcome, "relapse.cd22"))
        .hasSize(missingCd22 ? 1 : 0)
        .allSatisfy(
            m -> assertThat(m.reason()).isEqualTo("decides eligibility for inotuzumab ozogamicin"));
  }

  @Test
  void inotuzumabStartsAtOneYearOfAge() {
    Outcome infant =
        evaluate(
            TreatmentCases.infant(TreatmentCases.secondRelapseBcp()).cd22(MarkerStatus.POSITIVE));
    Outcome oneYear =
        evaluate(
            TreatmentCases.infant(TreatmentCases.secondRelapseBcp())
                .birthDate(TreatmentCases.RELAPSE.minusYears(1))
                .diagnosisDate(TreatmentCases.RELAPSE.minusMonths(6))
                .cd22(MarkerStatus.POSITIVE));

    assertThat(recommendations(infant, RecommendationCode.INOTUZUMAB_OZOGAMICIN)).isEmpty();
    assertThat(missing(infant, "relapse.cd22")).isEmpty();
    assertThat(recommendations(oneYear, RecommendationCode.INOTUZUMAB_OZOGAMICIN)).hasSize(1);
  }

  @Test
  void inotuzumabIsNotAdvisedInAStandardFirstRelapse() {
    Outcome outcome = evaluate(TreatmentCases.veryEarlyMarrowBcp().cd22(MarkerStatus.POSITIVE));

    assertThat(recommendations(outcome, RecommendationCode.INOTUZUMAB_OZOGAMICIN)).isEmpty();
    assertThat(missing(outcome, "relapse.cd22")).isEmpty();
  }

  // ---- Clofarabine ----

  static Stream<Arguments> clofarabineCases() {
    return Stream.of(
        Arguments.of(
            named("21 years 364 days", agedAtRelapse(TreatmentCases.secondRelapseBcp(), 21)), true),
        Arguments.of(
            named("22nd birthday", birthdayAtRelapse(TreatmentCases.secondRelapseBcp(), 22)),
            false),
        Arguments.of(
            named(
                "first birthday",
                birthdayAtRelapse(TreatmentCases.secondRelapseBcp(), 1)
                    .diagnosisDate(TreatmentCases.RELAPSE.minusMonths(6))
                    .endOfTherapyDate(null)),
            true),
        Arguments.of(
            named("infant (age 0)", TreatmentCases.infant(TreatmentCases.secondRelapseBcp())),
            false),
        Arguments.of(
            named("11 years, 1 prior regimen", TreatmentCases.lateMarrowBcp().priorRegimens(1)),
            false),
        Arguments.of(
            named(
                "11 years, 2 prior regimens, first relapse (v2: third line only)",
                TreatmentCases.lateMarrowBcp().priorRegimens(2)),
            false),
        Arguments.of(
            named(
                "11 years, 2 prior regimens, second relapse",
                TreatmentCases.lateMarrowBcp().relapseNumber(2).priorRegimens(2)),
            true),
        Arguments.of(
            named(
                "T-ALL, 11 years, 3 prior regimens",
                TreatmentCases.lateMarrowBcp()
                    .relapseNumber(2)
                    .diagnosisImmunophenotype(Immunophenotype.T_LINEAGE)
                    .priorRegimens(3)),
            true),
        Arguments.of(
            named(
                "not established, 2 prior regimens",
                TreatmentCases.notEstablished().priorRegimens(2)),
            false));
  }

  @ParameterizedTest(name = "{0}: clofarabine {1}")
  @MethodSource("clofarabineCases")
  void clofarabineIsForAges1To21AfterTwoOrMorePriorRegimens(
      RelapseCase relapse, boolean recommended) {
    Outcome outcome = evaluate(relapse);

    assertThat(recommendations(outcome, RecommendationCode.CLOFARABINE))
        .hasSize(recommended ? 1 : 0)
        .allSatisfy(r -> assertThat(r.rationale()).contains("age at initial diagnosis"));
  }

  // ---- Nelarabine ----

  @ParameterizedTest(name = "{0}, {1} prior regimens: nelarabine {2}")
  @CsvSource({
    "T_LINEAGE,   1, false",
    "T_LINEAGE,   2, true",
    "T_LINEAGE,   4, true",
    "B_PRECURSOR, 2, false",
  })
  void nelarabineIsForTLineageAllAfterTwoOrMoreRegimens(
      Immunophenotype phenotype, int priorRegimens, boolean recommended) {
    Outcome outcome =
        evaluate(
            TreatmentCases.lateMarrowBcp()
                .relapseNumber(2)
                .diagnosisImmunophenotype(phenotype)
                .priorRegimens(priorRegimens));

    assertThat(recommendations(outcome, RecommendationCode.NELARABINE))
        .hasSize(recommended ? 1 : 0)
        .allSatisfy(r -> assertThat(r.rationale()).contains("650 mg/m2/day"));
  }

  // ---- Bortezomib combination ----

  @ParameterizedTest(name = "{0}, {1} prior regimens, age {2}: bortezomib combination {3}")
  @CsvSource({
    "B_PRECURSOR, 1, 11, false",
    "B_PRECURSOR, 2, 11, true",
    "B_PRECURSOR, 3, 11, true",
    "B_PRECURSOR, 4, 11, false",
    "B_PRECURSOR, 2, 22, true",
    "B_PRECURSOR, 2, 23, true",
    "T_LINEAGE,   2, 11, false",
  })
  void bortezomibCombinationIsForBPrecursorAllAfterTwoToThreeRegimens(
      Immunophenotype phenotype, int priorRegimens, int age, boolean recommended) {
    Outcome outcome =
        evaluate(
            agedAtRelapse(TreatmentCases.lateMarrowBcp().relapseNumber(2), age)
                .diagnosisImmunophenotype(phenotype)
                .priorRegimens(priorRegimens));

    assertThat(explained(outcome, RecommendationCode.BORTEZOMIB_COMBINATION))
        .hasSize(recommended ? 1 : 0)
        .allSatisfy(e -> assertThat(e.rule().status()).isEqualTo("verified"));
  }
}
