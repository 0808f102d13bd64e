package org.relapsecds.rules.treatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.relapsecds.rules.testing.Outcomes.alerts;
import static org.relapsecds.rules.testing.Outcomes.group;
import static org.relapsecds.rules.testing.Outcomes.hsct;
import static org.relapsecds.rules.testing.Outcomes.missing;
import static org.relapsecds.rules.testing.Outcomes.recommendations;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.relapsecds.rules.engine.Outcome;
import org.relapsecds.rules.model.AlertCode;
import org.relapsecds.rules.model.CnsStatus;
import org.relapsecds.rules.model.ExtramedullarySite;
import org.relapsecds.rules.model.GeneticLesion;
import org.relapsecds.rules.model.HsctDecision;
import org.relapsecds.rules.model.Immunophenotype;
import org.relapsecds.rules.model.MarkerStatus;
import org.relapsecds.rules.model.Recommendation;
import org.relapsecds.rules.model.RecommendationCode;
import org.relapsecds.rules.model.RelapseCase;
import org.relapsecds.rules.model.RiskStratum;
import org.relapsecds.rules.model.Scheme;
import org.relapsecds.rules.model.Severity;
import org.relapsecds.rules.model.SiteClass;
import org.relapsecds.rules.model.TesticularInvolvement;
import org.relapsecds.rules.testing.BundledKnowledgeBase;
import org.relapsecds.rules.testing.Cases;

/**
 * The ten changes of knowledge base version 2 (clinical specification section 10): for each, the
 * case that was wrong in version 1 and is right now, with its near misses.
 */
class KnowledgeBaseVersion2Test {

  private static Outcome evaluate(RelapseCase.Builder c) {
    return BundledKnowledgeBase.get().evaluate(c.build());
  }

  /** Early (26 months, 2 months after the end of therapy) 30 % marrow relapse of BCP ALL. */
  private static RelapseCase.Builder earlyMarrowRelapse() {
    return Cases.firstRelapse(Immunophenotype.B_PRECURSOR)
        .relapseDate(LocalDate.of(2017, 3, 10))
        .marrowBlastPercent(30)
        .cd19(MarkerStatus.POSITIVE);
  }

  // ---- 1. Testis counts only when listed ----

  static Stream<Arguments> testis() {
    return Stream.of(
        // TESTIS listed?, laterality, site, BFM, UK, inconsistent alert?, laterality missing?
        Arguments.of(
            false,
            TesticularInvolvement.UNILATERAL,
            SiteClass.ISOLATED_MARROW,
            RiskStratum.S3,
            RiskStratum.HIGH,
            true,
            false),
        Arguments.of(
            false,
            TesticularInvolvement.BILATERAL,
            SiteClass.ISOLATED_MARROW,
            RiskStratum.S3,
            RiskStratum.HIGH,
            true,
            false),
        Arguments.of(
            true,
            TesticularInvolvement.UNILATERAL,
            SiteClass.COMBINED,
            RiskStratum.S2,
            RiskStratum.INTERMEDIATE,
            false,
            false),
        Arguments.of(
            true, null, SiteClass.COMBINED, RiskStratum.S2, RiskStratum.INTERMEDIATE, false, true),
        Arguments.of(
            false,
            null,
            SiteClass.ISOLATED_MARROW,
            RiskStratum.S3,
            RiskStratum.HIGH,
            false,
            false));
  }

  @ParameterizedTest(name = "TESTIS listed {0}, laterality {1}: {2}, BFM {3}, UK {4}")
  @MethodSource("testis")
  void testicularInvolvementCountsOnlyWhenTestisIsListed(
      boolean listed,
      TesticularInvolvement laterality,
      SiteClass site,
      RiskStratum bfm,
      RiskStratum uk,
      boolean inconsistent,
      boolean lateralityMissing) {
    Outcome o =
        evaluate(
            earlyMarrowRelapse()
                .extramedullarySites(
                    listed ? Set.of(ExtramedullarySite.TESTIS) : Set.<ExtramedullarySite>of())
                .testicularInvolvement(laterality));
    assertThat(o.site()).contains(site);
    assertThat(group(o, Scheme.BFM)).isEqualTo(bfm);
    assertThat(group(o, Scheme.UK_R3)).isEqualTo(uk);
    assertThat(alerts(o, AlertCode.INCONSISTENT_INPUT))
        .hasSize(inconsistent ? 1 : 0)
        .allSatisfy(
            a -> {
              assertThat(a.severity()).isEqualTo(Severity.WARNING);
              assertThat(a.message())
                  .contains("relapse.testicularInvolvement", "relapse.extramedullarySites");
            });
    assertThat(missing(o, "relapse.testicularInvolvement")).hasSize(lateralityMissing ? 1 : 0);
  }

  // ---- 2. No second remission: NOT_IN_REMISSION under every scheme ----

  @ParameterizedTest(name = "second remission {0}")
  @CsvSource(
      value = {"false, true", "true, false", "null, false"},
      nullValues = "null")
  void withoutSecondRemissionNoSchemeIndicatesHsct(Boolean remission, boolean notInRemission) {
    Outcome o = evaluate(earlyMarrowRelapse().secondRemission(remission).mrd(0.01));
    for (Scheme scheme : Scheme.values()) {
      assertThat(hsct(o, scheme) == HsctDecision.NOT_IN_REMISSION)
          .as("%s hsct %s", scheme, hsct(o, scheme))
          .isEqualTo(notInRemission);
      assertThat(group(o, scheme)).as("group still reported").isNotNull();
    }
    assertThat(recommendations(o, RecommendationCode.HSCT_IN_CR2)).hasSize(notInRemission ? 0 : 1);
  }

  // ---- 3. Recombinant Erwinia asparaginase ----

  @Test
  void erwiniaRecommendationNamesTheRecombinantAndThePlasmaDerivedProduct() {
    Recommendation r =
        recommendations(
                evaluate(earlyMarrowRelapse().asparaginaseHypersensitivity(true)),
                RecommendationCode.ERWINIA_ASPARAGINASE)
            .get(0);
    assertThat(r.rationale()).contains("recombinant", "plasma-derived");
  }

  // ---- 4. Cranial irradiation from 3 completed years only ----

  /** Isolated CNS relapse at 28 months on therapy; MRD 1e-4: BFM S2 and COG low without HSCT. */
  private static RelapseCase.Builder cnsRelapseBornOn(LocalDate birth) {
    return RelapseCase.builder()
        .birthDate(birth)
        .diagnosisDate(LocalDate.of(2015, 1, 10))
        .diagnosisImmunophenotype(Immunophenotype.B_PRECURSOR)
        .relapseDate(LocalDate.of(2017, 5, 10))
        .marrowBlastPercent(2)
        .relapseCnsStatus(CnsStatus.CNS3)
        .secondRemission(true)
        .mrd(0.0001);
  }

  @ParameterizedTest(name = "born {0}: cranial irradiation {1}")
  @CsvSource({"2014-05-11, false", "2014-05-10, true"})
  void noCranialIrradiationBelowThreeCompletedYears(LocalDate birth, boolean irradiation) {
    Outcome o = evaluate(cnsRelapseBornOn(birth));
    assertThat(recommendations(o, RecommendationCode.CRANIAL_IRRADIATION))
        .hasSize(irradiation ? 1 : 0);
    assertThat(alerts(o, AlertCode.CRANIAL_IRRADIATION_AGE))
        .hasSize(irradiation ? 0 : 1)
        .allSatisfy(a -> assertThat(a.severity()).isEqualTo(Severity.WARNING));
    assertThat(alerts(o, AlertCode.NOT_COVERED)).isEmpty();
  }

  @Test
  void earlierCranialIrradiationIsStatedInTheRecommendation() {
    Outcome o = evaluate(cnsRelapseBornOn(LocalDate.of(2010, 1, 1)).priorCranialIrradiation(true));
    assertThat(recommendations(o, RecommendationCode.CRANIAL_IRRADIATION))
        .singleElement()
        .satisfies(r -> assertThat(r.rationale()).contains("radiotherapist"));
    assertThat(alerts(o, AlertCode.CRANIAL_IRRADIATION_AGE)).isEmpty();
  }

  // ---- 5. Blinatumomab consolidation: BFM S3/S4 and COG high/intermediate ----

  static Stream<Arguments> consolidation() {
    RelapseCase.Builder lateMarrow =
        Cases.firstRelapse(Immunophenotype.B_PRECURSOR)
            .cd19(MarkerStatus.POSITIVE)
            .secondRemission(true);
    return Stream.of(
        Arguments.of(
            "early marrow: BFM S3, COG high",
            earlyMarrowRelapse().secondRemission(true),
            EnumSet.of(Scheme.BFM, Scheme.COG)),
        Arguments.of(
            "BCR-ABL1 present",
            earlyMarrowRelapse().genetics(GeneticLesion.BCR_ABL1),
            EnumSet.noneOf(Scheme.class)),
        Arguments.of(
            "remission false",
            earlyMarrowRelapse().secondRemission(false),
            EnumSet.noneOf(Scheme.class)),
        Arguments.of("remission absent", earlyMarrowRelapse(), EnumSet.of(Scheme.BFM, Scheme.COG)),
        Arguments.of(
            "late marrow, BFM S2, COG intermediate",
            lateMarrow.build().toBuilder().mrd(0.002),
            EnumSet.of(Scheme.COG)),
        Arguments.of(
            "late marrow, BFM S2, COG low",
            lateMarrow.build().toBuilder().mrd(0.0005),
            EnumSet.noneOf(Scheme.class)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("consolidation")
  void blinatumomabConsolidationFollowsBfmS3S4AndCogHighOrIntermediate(
      String name, RelapseCase.Builder c, Set<Scheme> schemes) {
    Set<Scheme> listed = EnumSet.noneOf(Scheme.class);
    for (Recommendation r : recommendations(evaluate(c), RecommendationCode.BLINATUMOMAB)) {
      if (r.schemes().isEmpty()) {
        continue; // the relapsed/refractory line (refractory case), not a consolidation
      }
      listed.addAll(r.schemes());
      assertThat(r.schemes()).as("never UK ALL R3").doesNotContain(Scheme.UK_R3).hasSize(1);
    }
    assertThat(listed).isEqualTo(schemes);
  }

  // ---- 6. Third-line agents and the counting of prior regimens ----

  @Test
  void aFirstRelapseReportingThreeRegimensGetsNoThirdLineAgentAndAnInconsistencyWarning() {
    Outcome o = evaluate(earlyMarrowRelapse().priorRegimens(3).secondRemission(true));
    assertThat(recommendations(o, RecommendationCode.CLOFARABINE)).isEmpty();
    assertThat(recommendations(o, RecommendationCode.BORTEZOMIB_COMBINATION)).isEmpty();
    assertThat(alerts(o, AlertCode.INCONSISTENT_INPUT)).hasSize(1);
  }

  @ParameterizedTest(name = "refractory, regimens sent {0}: clofarabine {1}, inconsistent {2}")
  @CsvSource(
      value = {"null, true, false", "1, false, true", "2, true, false"},
      nullValues = "null")
  void aRefractoryRelapseCountsAtLeastTwoRegimens(
      Integer regimens, boolean clofarabine, boolean inconsistent) {
    Outcome o = evaluate(earlyMarrowRelapse().secondRemission(false).priorRegimens(regimens));
    assertThat(recommendations(o, RecommendationCode.CLOFARABINE))
        .hasSize(clofarabine ? 1 : 0)
        .allSatisfy(
            r -> {
              if (regimens == null) {
                assertThat(r.rationale()).contains("not sent");
              }
            });
    assertThat(alerts(o, AlertCode.INCONSISTENT_INPUT)).hasSize(inconsistent ? 1 : 0);
  }

  @ParameterizedTest(name = "after HSCT, regimens sent {0}: clofarabine {1}")
  @CsvSource(
      value = {"null, false", "1, false", "2, true"},
      nullValues = "null")
  void afterHsctAnUnsentCountIsMissingData(Integer regimens, boolean clofarabine) {
    Outcome o =
        evaluate(
            earlyMarrowRelapse().priorHsct(true).secondRemission(true).priorRegimens(regimens));
    assertThat(recommendations(o, RecommendationCode.CLOFARABINE)).hasSize(clofarabine ? 1 : 0);
    assertThat(missing(o, "history.priorRegimens")).hasSize(regimens == null ? 1 : 0);
  }

  // ---- 7. Revumenib ----

  @ParameterizedTest(name = "relapse {0}, born {1}: revumenib {2}")
  @CsvSource({"2, 2008-03-02, true", "1, 2008-03-02, false", "2, 2014-12-01, false"})
  void revumenibForRelapsedKmt2aRearrangedLeukaemiaFromOneYear(
      int number, LocalDate birth, boolean revumenib) {
    RelapseCase.Builder c =
        RelapseCase.builder()
            .birthDate(birth)
            .diagnosisDate(LocalDate.of(2015, 1, 10))
            .diagnosisImmunophenotype(Immunophenotype.B_PRECURSOR)
            .relapseDate(LocalDate.of(2015, 11, 10))
            .marrowBlastPercent(60)
            .relapseNumber(number)
            .genetics(GeneticLesion.KMT2A_REARRANGED);
    Outcome o = evaluate(c);
    assertThat(recommendations(o, RecommendationCode.REVUMENIB)).hasSize(revumenib ? 1 : 0);
    assertThat(alerts(o, AlertCode.DIFFERENTIATION_SYNDROME_REVUMENIB)).hasSize(revumenib ? 1 : 0);
  }

  // ---- 8. Trial-population notes ----

  @ParameterizedTest(name = "born {0}: bortezomib note {1}")
  @CsvSource({"1995-01-01, true", "2008-03-02, false"})
  void bortezomibTrialAgesAreANoteNotALimit(LocalDate birth, boolean note) {
    Outcome o =
        evaluate(Cases.firstRelapse(Immunophenotype.B_PRECURSOR).birthDate(birth).relapseNumber(2));
    assertThat(recommendations(o, RecommendationCode.BORTEZOMIB_COMBINATION)).hasSize(1);
    assertThat(alerts(o, AlertCode.OUTSIDE_TRIAL_POPULATION)).hasSize(note ? 1 : 0);
  }

  @ParameterizedTest(name = "born {0}: CAR-T note {1}")
  @CsvSource({"2014-05-11, true", "2014-05-10, false"})
  void carTBelowThreeYearsIsOutsideTheTrialPopulation(LocalDate birth, boolean note) {
    Outcome o =
        evaluate(
            RelapseCase.builder()
                .birthDate(birth)
                .diagnosisDate(LocalDate.of(2015, 1, 10))
                .diagnosisImmunophenotype(Immunophenotype.B_PRECURSOR)
                .relapseDate(LocalDate.of(2017, 5, 10))
                .marrowBlastPercent(60)
                .relapseNumber(2)
                .cd19(MarkerStatus.POSITIVE));
    assertThat(recommendations(o, RecommendationCode.TISAGENLECLEUCEL)).hasSize(1);
    assertThat(alerts(o, AlertCode.OUTSIDE_TRIAL_POPULATION)).hasSize(note ? 1 : 0);
  }

  // ---- 9. Boxed warnings ----

  @ParameterizedTest(name = "prior HSCT {0}: inotuzumab alert {1}")
  @CsvSource({"true, CRITICAL", "false, WARNING"})
  void inotuzumabVodAlertIsCriticalWithPriorHsct(boolean priorHsct, Severity severity) {
    Outcome o =
        evaluate(
            Cases.firstRelapse(Immunophenotype.B_PRECURSOR)
                .cd22(MarkerStatus.POSITIVE)
                .relapseNumber(priorHsct ? 1 : 2)
                .priorHsct(priorHsct)
                .secondRemission(true));
    assertThat(recommendations(o, RecommendationCode.INOTUZUMAB_OZOGAMICIN)).hasSize(1);
    assertThat(alerts(o, AlertCode.VOD_RISK_INOTUZUMAB))
        .singleElement()
        .satisfies(a -> assertThat(a.severity()).isEqualTo(severity));
  }

  // ---- Reasons ----

  @Test
  void eachSchemeSaysWhichFactsOfTheCaseDecidedIt() {
    Outcome o =
        BundledKnowledgeBase.get()
            .evaluate(
                Cases.firstRelapse(Immunophenotype.B_PRECURSOR)
                    .relapseDate(LocalDate.of(2018, 7, 10))
                    .marrowBlastPercent(35)
                    .secondRemission(true)
                    .mrd(0.0002)
                    .build());
    assertThat(o.assessment(Scheme.UK_R3).orElseThrow().reason())
        .contains(
            "UK ALL R3 INTERMEDIATE",
            "isolated marrow relapse",
            "late relapse",
            "B-precursor ALL",
            "HSCT in CR2 indicated: MRD 2 x 10^-4",
            "1e-4 or more");
    assertThat(o.assessment(Scheme.BFM).orElseThrow().reason())
        .contains("BFM S2", "HSCT in CR2 not indicated: MRD 2 x 10^-4", "below 1e-3");
    assertThat(recommendations(o, RecommendationCode.HSCT_IN_CR2))
        .singleElement()
        .satisfies(r -> assertThat(r.rationale()).contains("UK ALL R3 INTERMEDIATE"));
  }
}
