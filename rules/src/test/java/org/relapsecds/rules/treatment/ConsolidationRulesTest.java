package org.relapsecds.rules.treatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.relapsecds.rules.testing.Outcomes.recommendations;
import static org.relapsecds.rules.treatment.TreatmentCases.evaluate;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.relapsecds.rules.engine.Outcome;
import org.relapsecds.rules.model.Immunophenotype;
import org.relapsecds.rules.model.Recommendation;
import org.relapsecds.rules.model.RecommendationCode;
import org.relapsecds.rules.model.RelapseCase;
import org.relapsecds.rules.model.Scheme;

/**
 * HSCT in CR2 or chemotherapy consolidation, following the HSCT indication of each scheme
 * (consolidation.drl; section 5.1).
 */
class ConsolidationRulesTest {
  private static final Set<Scheme> NONE = EnumSet.noneOf(Scheme.class);

  static Stream<Arguments> consolidationCases() {
    return Stream.of(
        Arguments.of(
            "very early marrow relapse: HSCT under all schemes",
            TreatmentCases.veryEarlyMarrowBcp().build(),
            EnumSet.allOf(Scheme.class),
            NONE),
        Arguments.of(
            "late marrow relapse, MRD 2e-4: the schemes diverge",
            TreatmentCases.lateMarrowBcp()
                .marrowBlastPercent(35)
                .relapseDate(LocalDate.of(2018, 7, 10))
                .mrd(2e-4)
                .build(),
            EnumSet.of(Scheme.UK_R3),
            EnumSet.of(Scheme.BFM, Scheme.COG)),
        Arguments.of(
            "late isolated CNS relapse without MRD: BFM S1 and UK standard no HSCT, COG pending",
            TreatmentCases.lateIsolatedCns(Immunophenotype.B_PRECURSOR).build(),
            NONE,
            EnumSet.of(Scheme.BFM, Scheme.UK_R3)),
        Arguments.of(
            "late marrow relapse without MRD: every scheme pending",
            TreatmentCases.lateMarrowBcp().build(),
            NONE,
            NONE),
        Arguments.of(
            "very early marrow relapse in CR2: HSCT under all schemes",
            TreatmentCases.veryEarlyMarrowBcp().secondRemission(true).build(),
            EnumSet.allOf(Scheme.class),
            NONE),
        Arguments.of(
            "very early marrow relapse without CR2: no HSCT until remission",
            TreatmentCases.refractoryFirstRelapseBcp().build(),
            NONE,
            NONE),
        Arguments.of(
            "second relapse: no first-relapse consolidation",
            TreatmentCases.secondRelapseBcp().mrd(0.0).build(),
            NONE,
            NONE));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("consolidationCases")
  void consolidationFollowsTheHsctIndicationOfEachSchemeAndNamesTheSchemes(
      String situation, RelapseCase relapse, Set<Scheme> hsct, Set<Scheme> chemotherapy) {
    Outcome outcome = evaluate(relapse);

    assertThat(schemesOf(outcome, RecommendationCode.HSCT_IN_CR2)).isEqualTo(hsct);
    assertThat(schemesOf(outcome, RecommendationCode.CHEMOTHERAPY_CONSOLIDATION))
        .isEqualTo(chemotherapy);
  }

  /** The schemes of the single recommendation of a code; none when it is absent. */
  private static Set<Scheme> schemesOf(Outcome outcome, RecommendationCode code) {
    var found = recommendations(outcome, code);
    assertThat(found).as("at most one %s", code).hasSizeLessThanOrEqualTo(1);
    if (found.isEmpty()) {
      return NONE;
    }
    Set<Scheme> schemes = found.get(0).schemes();
    assertThat(schemes).as("%s names its schemes", code).isNotEmpty();
    return schemes;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("consolidationCases")
  void hsctAndChemotherapyConsolidationNeverShareAScheme(
      String situation, RelapseCase relapse, Set<Scheme> hsct, Set<Scheme> chemotherapy) {
    Outcome outcome = evaluate(relapse);

    Set<Scheme> overlap = EnumSet.noneOf(Scheme.class);
    recommendations(outcome, RecommendationCode.HSCT_IN_CR2).stream()
        .map(Recommendation::schemes)
        .forEach(overlap::addAll);
    Set<Scheme> chemo = EnumSet.noneOf(Scheme.class);
    recommendations(outcome, RecommendationCode.CHEMOTHERAPY_CONSOLIDATION).stream()
        .map(Recommendation::schemes)
        .forEach(chemo::addAll);
    overlap.retainAll(chemo);
    assertThat(overlap).isEmpty();
  }
}
