package org.relapsecds.rules.treatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.relapsecds.rules.engine.Explained;
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
import org.relapsecds.rules.model.TesticularInvolvement;
import org.relapsecds.rules.testing.BundledKnowledgeBase;

/**
 * Safety invariants of knowledge base version 2 (specification 5.1, 6.3), over generated cases:
 * each boxed-warning alert appears if and only if its agent is recommended; without a second
 * remission no scheme's HSCT is anything but NOT_IN_REMISSION; a first relapse that is neither
 * refractory nor after HSCT gets no third-line agent.
 */
class SafetyInvariantsPropertiesTest {

  private static final Map<RecommendationCode, AlertCode> BOXED_WARNINGS =
      Map.of(
          RecommendationCode.BLINATUMOMAB, AlertCode.CRS_NEUROTOXICITY_BLINATUMOMAB,
          RecommendationCode.INOTUZUMAB_OZOGAMICIN, AlertCode.VOD_RISK_INOTUZUMAB,
          RecommendationCode.TISAGENLECLEUCEL, AlertCode.CRS_NEUROTOXICITY_CAR_T,
          RecommendationCode.REVUMENIB, AlertCode.DIFFERENTIATION_SYNDROME_REVUMENIB);

  private static final Set<RecommendationCode> THIRD_LINE =
      EnumSet.of(
          RecommendationCode.CLOFARABINE,
          RecommendationCode.NELARABINE,
          RecommendationCode.BORTEZOMIB_COMBINATION,
          RecommendationCode.INOTUZUMAB_OZOGAMICIN,
          RecommendationCode.TISAGENLECLEUCEL,
          RecommendationCode.REVUMENIB);

  private static final LocalDate D0 = LocalDate.of(2015, 1, 10);

  /** The facts that decide the v2 rules, each over its whole range or its boundaries. */
  private static Gen<RelapseCase> cases() {
    Gen<RelapseCase.Builder> timing =
        integers()
            .between(0, 80)
            .zip(
                Generate.pick(List.of(-1, 0, 5, 6, 30)),
                integers().between(0, 25 * 365),
                (months, fromEnd, ageDays) -> {
                  LocalDate relapse = D0.plusMonths(months);
                  LocalDate end = fromEnd < 0 ? null : relapse.minusMonths(fromEnd);
                  return RelapseCase.builder()
                      .birthDate(D0.minusDays(ageDays))
                      .diagnosisDate(D0)
                      .relapseDate(relapse)
                      .endOfTherapyDate(end != null && end.isBefore(D0) ? null : end);
                });
    Gen<RelapseCase.Builder> site =
        timing.zip(
            Generate.pick(List.of(0.0, 4.9, 5.0, 24.9, 25.0, 60.0)),
            Generate.pick(
                List.<Set<ExtramedullarySite>>of(
                    Set.of(),
                    Set.of(ExtramedullarySite.CNS),
                    Set.of(ExtramedullarySite.TESTIS),
                    Set.of(ExtramedullarySite.CNS, ExtramedullarySite.TESTIS))),
            Generate.pick(
                java.util.Arrays.asList(
                    null, TesticularInvolvement.UNILATERAL, TesticularInvolvement.BILATERAL)),
            (b, marrow, sites, laterality) ->
                b.marrowBlastPercent(marrow)
                    .extramedullarySites(sites)
                    .relapseCnsStatus(
                        sites.contains(ExtramedullarySite.CNS) ? CnsStatus.CNS3 : null)
                    .testicularInvolvement(laterality));
    Gen<RelapseCase.Builder> biology =
        site.zip(
            Generate.enumValues(Immunophenotype.class),
            Generate.enumValues(MarkerStatus.class),
            Generate.enumValues(MarkerStatus.class),
            (b, phenotype, cd19, cd22) ->
                b.diagnosisImmunophenotype(phenotype).cd19(cd19).cd22(cd22));
    Gen<RelapseCase.Builder> genetics =
        biology.zip(
            booleans().all(),
            booleans().all(),
            (b, bcrAbl, kmt2a) -> {
              Set<GeneticLesion> lesions = EnumSet.noneOf(GeneticLesion.class);
              if (bcrAbl) {
                lesions.add(GeneticLesion.BCR_ABL1);
              }
              if (kmt2a) {
                lesions.add(GeneticLesion.KMT2A_REARRANGED);
              }
              return b.genetics(lesions);
            });
    Gen<RelapseCase.Builder> response =
        genetics.zip(
            Generate.pick(java.util.Arrays.asList(null, Boolean.TRUE, Boolean.FALSE)),
            Generate.pick(java.util.Arrays.asList(null, 0.0, 0.00009, 0.0001, 0.0009, 0.001, 0.05)),
            (b, remission, mrd) -> b.secondRemission(remission).mrd(mrd));
    return response.zip(
        integers().between(1, 3),
        booleans().all(),
        Generate.pick(java.util.Arrays.asList(null, 0, 1, 2, 3, 4)),
        (b, number, priorHsct, regimens) ->
            b.relapseNumber(number).priorHsct(priorHsct).priorRegimens(regimens).build());
  }

  private static Outcome evaluate(RelapseCase c) {
    return BundledKnowledgeBase.get().evaluate(c);
  }

  private static Set<RecommendationCode> recommended(Outcome o) {
    Set<RecommendationCode> codes = EnumSet.noneOf(RecommendationCode.class);
    for (Explained<Recommendation> r : o.recommendations()) {
      codes.add(r.item().code());
    }
    return codes;
  }

  @Test
  void aBoxedWarningAlertAppearsIfAndOnlyIfItsAgentIsRecommended() {
    qt().withExamples(300)
        .forAll(cases())
        .checkAssert(
            c -> {
              Outcome o = evaluate(c);
              Set<RecommendationCode> codes = recommended(o);
              BOXED_WARNINGS.forEach(
                  (agent, alert) ->
                      assertThat(o.alerts().stream().filter(a -> a.item().code() == alert).count())
                          .as("%s alert for %s", alert, c)
                          .isEqualTo(codes.contains(agent) ? 1 : 0));
            });
  }

  @Test
  void withoutSecondRemissionNoSchemeHasAnHsctOtherThanNotInRemission() {
    qt().withExamples(300)
        .forAll(cases().map(c -> c.toBuilder().secondRemission(false).build()))
        .checkAssert(
            c ->
                evaluate(c)
                    .risk()
                    .forEach(
                        (scheme, a) ->
                            assertThat(a.hsct())
                                .as("%s for %s", scheme, c)
                                .isIn(HsctDecision.NOT_IN_REMISSION, null)));
  }

  @Test
  void aFirstRelapseNeitherRefractoryNorAfterHsctGetsNoThirdLineAgent() {
    qt().withExamples(300)
        .forAll(
            cases()
                .map(
                    c ->
                        c.toBuilder()
                            .relapseNumber(1)
                            .priorHsct(false)
                            .secondRemission(
                                Boolean.FALSE.equals(c.secondRemission())
                                    ? null
                                    : c.secondRemission())
                            .build()))
        .checkAssert(
            c -> {
              Outcome o = evaluate(c);
              assertThat(recommended(o)).as("for %s", c).doesNotContainAnyElementsOf(THIRD_LINE);
              assertThat(
                      o.recommendations().stream()
                          .filter(r -> r.item().code() == RecommendationCode.BLINATUMOMAB)
                          .allMatch(r -> !r.item().schemes().isEmpty()))
                  .as("blinatumomab only as consolidation for %s", c)
                  .isTrue();
            });
  }
}
