package org.relapsecds.rules.treatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.relapsecds.rules.testing.Gens.of;
import static org.relapsecds.rules.testing.Gens.orNull;
import static org.relapsecds.rules.testing.Gens.subsetOf;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.relapsecds.rules.engine.Evidence;
import org.relapsecds.rules.engine.Explained;
import org.relapsecds.rules.engine.Outcome;
import org.relapsecds.rules.model.AlertCode;
import org.relapsecds.rules.model.CnsStatus;
import org.relapsecds.rules.model.ExtramedullarySite;
import org.relapsecds.rules.model.GeneticLesion;
import org.relapsecds.rules.model.Immunophenotype;
import org.relapsecds.rules.model.MarkerStatus;
import org.relapsecds.rules.model.MissingData;
import org.relapsecds.rules.model.RecommendationCode;
import org.relapsecds.rules.model.RelapseCase;
import org.relapsecds.rules.model.Scheme;
import org.relapsecds.rules.model.Sex;
import org.relapsecds.rules.model.TesticularInvolvement;
import org.relapsecds.rules.testing.Gens;
import org.relapsecds.rules.testing.Tries;

/** Invariants of the treatment rules over random valid cases, evaluated by the bundled rules. */
class TreatmentPropertiesTest {
  private static final LocalDate D0 = LocalDate.of(2015, 1, 10);

  @Test
  void noRecommendationCodeAppearsTwice() {
    Tries.of(150).forAll(cases()).checkAssert(this::noRecommendationCodeAppearsTwice);
  }

  void noRecommendationCodeAppearsTwice(RelapseCase relapse) {
    Outcome outcome = TreatmentCases.evaluate(relapse);

    // Version 2: blinatumomab consolidation is two recommendations (BFM S3/S4, COG), each naming
    // its scheme; a code appears twice only then, with disjoint schemes.
    List<RecommendationCode> codes =
        outcome.recommendations().stream()
            .map(e -> e.item().code())
            .filter(c -> c != RecommendationCode.BLINATUMOMAB)
            .toList();
    assertThat(codes).doesNotHaveDuplicates();
    assertThat(
            outcome.recommendations().stream()
                .filter(e -> e.item().code() == RecommendationCode.BLINATUMOMAB)
                .flatMap(e -> e.item().schemes().stream())
                .toList())
        .doesNotHaveDuplicates();
  }

  @Test
  void everyRecommendationAndAlertCarriesEvidenceFromTheSourcesTable() {
    Tries.of(150)
        .forAll(cases())
        .checkAssert(this::everyRecommendationAndAlertCarriesEvidenceFromTheSourcesTable);
  }

  void everyRecommendationAndAlertCarriesEvidenceFromTheSourcesTable(RelapseCase relapse) {
    Outcome outcome = TreatmentCases.evaluate(relapse);

    List<Explained<?>> items = new java.util.ArrayList<>();
    items.addAll(outcome.recommendations());
    items.addAll(outcome.alerts());
    assertThat(items)
        .allSatisfy(
            e -> {
              assertThat(e.evidence()).as("evidence of %s", e.rule().name()).isNotEmpty();
              assertThat(e.evidence())
                  .extracting(Evidence::citation)
                  .doesNotContain("unknown source key");
              assertThat(e.rule().status()).isIn("verified", "unverified");
            });
  }

  @Test
  void anAgentThatNeedsABiomarkerNeverFiresWhenTheBiomarkerIsUnknownOrAbsent() {
    Tries.of(150)
        .forAll(cases())
        .checkAssert(this::anAgentThatNeedsABiomarkerNeverFiresWhenTheBiomarkerIsUnknownOrAbsent);
  }

  void anAgentThatNeedsABiomarkerNeverFiresWhenTheBiomarkerIsUnknownOrAbsent(RelapseCase relapse) {
    Set<RecommendationCode> codes =
        TreatmentCases.recommendationCodes(TreatmentCases.evaluate(relapse));

    if (relapse.cd19() != MarkerStatus.POSITIVE) {
      assertThat(codes)
          .doesNotContain(RecommendationCode.BLINATUMOMAB, RecommendationCode.TISAGENLECLEUCEL);
    }
    if (relapse.cd22() != MarkerStatus.POSITIVE) {
      assertThat(codes).doesNotContain(RecommendationCode.INOTUZUMAB_OZOGAMICIN);
    }
    if (!relapse.genetics().contains(GeneticLesion.BCR_ABL1)) {
      assertThat(codes).doesNotContain(RecommendationCode.ABL_TKI);
    }
  }

  @Test
  void anAgentWithheldOnlyForAnUnknownMarkerIsNamedInTheMissingMarkerFinding() {
    Tries.of(100)
        .forAll(cases())
        .checkAssert(this::anAgentWithheldOnlyForAnUnknownMarkerIsNamedInTheMissingMarkerFinding);
  }

  void anAgentWithheldOnlyForAnUnknownMarkerIsNamedInTheMissingMarkerFinding(RelapseCase relapse) {
    RelapseCase unknown =
        relapse.toBuilder().cd19(MarkerStatus.UNKNOWN).cd22(MarkerStatus.UNKNOWN).build();
    RelapseCase positive =
        relapse.toBuilder().cd19(MarkerStatus.POSITIVE).cd22(MarkerStatus.POSITIVE).build();
    Set<RecommendationCode> withMarkers =
        TreatmentCases.recommendationCodes(TreatmentCases.evaluate(positive));
    Outcome withoutMarkers = TreatmentCases.evaluate(unknown);

    assertMissingNames(
        withoutMarkers,
        "relapse.cd19",
        withMarkers.contains(RecommendationCode.BLINATUMOMAB),
        "blinatumomab");
    assertMissingNames(
        withoutMarkers,
        "relapse.cd19",
        withMarkers.contains(RecommendationCode.TISAGENLECLEUCEL),
        "tisagenlecleucel");
    assertMissingNames(
        withoutMarkers,
        "relapse.cd22",
        withMarkers.contains(RecommendationCode.INOTUZUMAB_OZOGAMICIN),
        "inotuzumab ozogamicin");
  }

  private static void assertMissingNames(
      Outcome outcome, String field, boolean eligibleIfPositive, String agent) {
    List<MissingData> missing =
        outcome.missingData().stream()
            .map(Explained::item)
            .filter(m -> m.field().equals(field))
            .toList();
    assertThat(missing).as("one finding for %s", field).hasSizeLessThanOrEqualTo(1);
    boolean named = missing.stream().anyMatch(m -> m.reason().contains(agent));
    assertThat(named).as("%s named under %s", agent, field).isEqualTo(eligibleIfPositive);
  }

  @Test
  void everyOutcomeSaysOnceThatItIsNotATreatmentOrder() {
    Tries.of(150).forAll(cases()).checkAssert(this::everyOutcomeSaysOnceThatItIsNotATreatmentOrder);
  }

  void everyOutcomeSaysOnceThatItIsNotATreatmentOrder(RelapseCase relapse) {
    Outcome outcome = TreatmentCases.evaluate(relapse);

    assertThat(outcome.alerts())
        .filteredOn(e -> e.item().code() == AlertCode.NOT_A_TREATMENT_ORDER)
        .hasSize(1);
  }

  @Test
  void contradictoryRecommendationsNeverFireTogether() {
    Tries.of(150).forAll(cases()).checkAssert(this::contradictoryRecommendationsNeverFireTogether);
  }

  void contradictoryRecommendationsNeverFireTogether(RelapseCase relapse) {
    Outcome outcome = TreatmentCases.evaluate(relapse);
    Set<RecommendationCode> codes = TreatmentCases.recommendationCodes(outcome);

    Set<Scheme> hsct = schemesOf(outcome, RecommendationCode.HSCT_IN_CR2);
    Set<Scheme> chemotherapy = schemesOf(outcome, RecommendationCode.CHEMOTHERAPY_CONSOLIDATION);
    Set<Scheme> irradiation = schemesOf(outcome, RecommendationCode.CRANIAL_IRRADIATION);
    assertThat(intersection(hsct, chemotherapy))
        .as("schemes with both HSCT and chemotherapy consolidation")
        .isEmpty();
    assertThat(intersection(hsct, irradiation))
        .as("schemes with both HSCT and cranial irradiation (it is for schemes without transplant)")
        .isEmpty();
    assertThat(hsct)
        .as("blinatumomab before HSCT only under schemes that transplant")
        .containsAll(schemesOf(outcome, RecommendationCode.BLINATUMOMAB));
    if (Boolean.FALSE.equals(relapse.secondRemission())) {
      assertThat(codes)
          .as("no CR2: no standard arm and no transplant before remission")
          .doesNotContain(
              RecommendationCode.REINDUCTION,
              RecommendationCode.HSCT_IN_CR2,
              RecommendationCode.CHEMOTHERAPY_CONSOLIDATION);
    }
    if (codes.contains(RecommendationCode.CLINICAL_TRIAL)) {
      assertThat(codes).doesNotContain(RecommendationCode.REINDUCTION);
    }
  }

  private static Set<Scheme> intersection(Set<Scheme> a, Set<Scheme> b) {
    Set<Scheme> both = EnumSet.copyOf(a);
    both.retainAll(b);
    return both;
  }

  private static Set<Scheme> schemesOf(Outcome outcome, RecommendationCode code) {
    Set<Scheme> schemes = EnumSet.noneOf(Scheme.class);
    outcome.recommendations().stream()
        .filter(e -> e.item().code() == code)
        .forEach(e -> schemes.addAll(e.item().schemes()));
    return schemes;
  }

  /** Random valid cases: every field of the contract, dates in their required order. */
  static Gen<RelapseCase> cases() {
    return Gens.withBuilder(() -> RelapseCase.builder().diagnosisDate(D0))
        .use(integers().between(0, 25 * 365))
        .in((b, days) -> b.birthDate(D0.minusDays(days)))
        .use(of(Sex.class))
        .in(RelapseCase.Builder::sex)
        .use(of(Immunophenotype.class))
        .in(RelapseCase.Builder::diagnosisImmunophenotype)
        .use(orNull(of(CnsStatus.class), 0.3))
        .in(RelapseCase.Builder::diagnosisCnsStatus)
        .use(timelines())
        .in((b, t) -> b.relapseDate(t.relapse()).endOfTherapyDate(t.endOfTherapy()))
        .use(integers().between(1, 3))
        .in(RelapseCase.Builder::relapseNumber)
        .use(of(0.0, 2.0, 4.9, 5.0, 24.9, 25.0, 60.0, 100.0))
        .in(RelapseCase.Builder::marrowBlastPercent)
        .use(subsetOf(ExtramedullarySite.class))
        .in(RelapseCase.Builder::extramedullarySites)
        .use(orNull(of(CnsStatus.class), 0.4))
        .in(RelapseCase.Builder::relapseCnsStatus)
        .use(orNull(of(TesticularInvolvement.class), 0.6))
        .in(RelapseCase.Builder::testicularInvolvement)
        .use(booleans().all())
        .in(RelapseCase.Builder::confirmedByOtherMethod)
        .use(of(MarkerStatus.class))
        .in(RelapseCase.Builder::cd19)
        .use(of(MarkerStatus.class))
        .in(RelapseCase.Builder::cd22)
        .use(subsetOf(3, GeneticLesion.class))
        .in(RelapseCase.Builder::genetics)
        .use(orNull(of(Boolean.TRUE, Boolean.FALSE), 0.4))
        .in(RelapseCase.Builder::secondRemission)
        .use(orNull(of(0.0, 5e-5, 1e-4, 5e-4, 1e-3, 0.05), 0.3))
        .in(RelapseCase.Builder::mrd)
        .use(integers().between(0, 5))
        .in(RelapseCase.Builder::priorRegimens)
        .use(booleans().all())
        .in(RelapseCase.Builder::priorHsct)
        .use(booleans().all())
        .in(RelapseCase.Builder::asparaginaseHypersensitivity)
        .use(booleans().all())
        .in(RelapseCase.Builder::priorCranialIrradiation)
        .build(RelapseCase.Builder::build);
  }

  private record Timeline(LocalDate relapse, LocalDate endOfTherapy) {}

  /** Relapse 0-10 years after D0; end of therapy absent, or between D0 and the relapse. */
  private static Gen<Timeline> timelines() {
    return integers()
        .between(0, 3650)
        .flatMap(
            relapseDay ->
                orNull(integers().between(0, relapseDay), 0.3)
                    .map(
                        endDay ->
                            new Timeline(
                                D0.plusDays(relapseDay),
                                endDay == null ? null : D0.plusDays(endDay))));
  }
}
