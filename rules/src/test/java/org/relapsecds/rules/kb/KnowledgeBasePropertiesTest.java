package org.relapsecds.rules.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.relapsecds.rules.testing.Outcomes.alerts;
import static org.relapsecds.rules.testing.Outcomes.derivedCount;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.relapsecds.rules.engine.FiredRule;
import org.relapsecds.rules.engine.KnowledgeBase;
import org.relapsecds.rules.engine.Outcome;
import org.relapsecds.rules.engine.SchemeAssessment;
import org.relapsecds.rules.model.AlertCode;
import org.relapsecds.rules.model.CnsStatus;
import org.relapsecds.rules.model.ExtramedullarySite;
import org.relapsecds.rules.model.HsctDecision;
import org.relapsecds.rules.model.RelapseCase;
import org.relapsecds.rules.model.RiskStratum;
import org.relapsecds.rules.model.Scheme;
import org.relapsecds.rules.model.SiteClass;
import org.relapsecds.rules.model.TimingCategory;
import org.relapsecds.rules.testing.BundledKnowledgeBase;
import org.relapsecds.rules.testing.OutcomeProjection;
import org.relapsecds.rules.testing.RandomCases;
import org.relapsecds.rules.testing.Tries;

/** Invariants of the knowledge base over random valid cases. */
class KnowledgeBasePropertiesTest {

  private static final KnowledgeBase KB = BundledKnowledgeBase.get();

  /** How many generated cases the schemes apply to (each test method has its own instance). */
  private final AtomicInteger examples = new AtomicInteger();

  private final AtomicInteger classified = new AtomicInteger();

  static Gen<RelapseCase> cases() {
    return RandomCases.validCases();
  }

  static Gen<List<RelapseCase>> caseLists() {
    return lists().of(RandomCases.validCases()).ofSize(64);
  }

  private static boolean schemesApply(RelapseCase c, Outcome outcome) {
    return c.relapseNumber() == 1
        && !c.priorHsct()
        && outcome.site().filter(s -> s != SiteClass.NOT_ESTABLISHED).isPresent();
  }

  @Test
  void anEstablishedFirstRelapseGetsExactlyOneTimingGroupAndTransplantDecisionPerScheme() {
    Tries.of(300)
        .forAll(cases())
        .checkAssert(
            this::anEstablishedFirstRelapseGetsExactlyOneTimingGroupAndTransplantDecisionPerScheme);
    // The property must not pass vacuously: a good share of the generated cases is classified.
    assertThat(classified.get() * 100.0 / examples.get())
        .as("%% of cases where the schemes apply")
        .isGreaterThan(20);
  }

  void anEstablishedFirstRelapseGetsExactlyOneTimingGroupAndTransplantDecisionPerScheme(
      RelapseCase relapseCase) {
    Outcome outcome = KB.evaluate(relapseCase);
    boolean applies = schemesApply(relapseCase, outcome);
    examples.incrementAndGet();
    if (applies) {
      classified.incrementAndGet();
    }

    if (!applies) {
      assertThat(outcome.risk()).isEmpty();
      assertThat(alerts(outcome, AlertCode.SCHEMES_NOT_APPLICABLE)).isNotEmpty();
      return;
    }
    for (Scheme scheme : Scheme.values()) {
      String s = "[scheme=" + scheme + ",";
      assertThat(derivedCount(outcome, "RelapseTiming" + s)).as("timing " + scheme).isEqualTo(1);
      assertThat(
              derivedCount(outcome, "RiskGroup" + s)
                  + derivedCount(outcome, "RiskGroupPending" + s))
          .as("group " + scheme)
          .isEqualTo(1);
      assertThat(derivedCount(outcome, "HsctIndication" + s)).as("HSCT " + scheme).isEqualTo(1);
    }
    SchemeAssessment cog = outcome.risk().get(Scheme.COG);
    if (cog.group() == null) {
      assertThat(relapseCase.mrd()).isNull();
      assertThat(outcome.missingData()).anyMatch(m -> m.item().field().equals("response.mrd"));
    }
    assertThat(outcome.risk().get(Scheme.BFM).group()).isNotNull();
    assertThat(outcome.risk().get(Scheme.UK_R3).group()).isNotNull();
  }

  @Test
  void transplantPerSchemeAgreesWithGroupAndMrd() {
    Tries.of(300).forAll(cases()).checkAssert(this::transplantPerSchemeAgreesWithGroupAndMrd);
  }

  void transplantPerSchemeAgreesWithGroupAndMrd(RelapseCase relapseCase) {
    Outcome outcome = KB.evaluate(relapseCase);

    outcome
        .risk()
        .forEach(
            (scheme, assessment) ->
                assertThat(assessment.hsct())
                    .as("%s %s MRD %s", scheme, assessment.group(), relapseCase.mrd())
                    .isEqualTo(
                        Boolean.FALSE.equals(relapseCase.secondRemission())
                            ? HsctDecision.NOT_IN_REMISSION // knowledge base v2, section 5.1
                            : expectedHsct(scheme, assessment.group(), relapseCase.mrd())));
  }

  /** Specification section 5.1, written independently of the rules. */
  private static HsctDecision expectedHsct(Scheme scheme, RiskStratum group, Double mrd) {
    if (group == null) {
      return HsctDecision.PENDING_MRD; // COG while its group waits for MRD
    }
    return switch (group) {
      case S1, STANDARD, LOW -> HsctDecision.NOT_INDICATED;
      case S3, S4, HIGH -> HsctDecision.INDICATED;
      case S2 -> byMrd(mrd, 1e-3);
      case INTERMEDIATE -> scheme == Scheme.UK_R3 ? byMrd(mrd, 1e-4) : HsctDecision.INDICATED;
    };
  }

  private static HsctDecision byMrd(Double mrd, double cutOff) {
    if (mrd == null) {
      return HsctDecision.PENDING_MRD;
    }
    return mrd >= cutOff ? HsctDecision.INDICATED : HsctDecision.NOT_INDICATED;
  }

  @Test
  void timingFollowsTheDateDefinitionsOfTheSpecification() {
    Tries.of(300)
        .forAll(cases())
        .checkAssert(this::timingFollowsTheDateDefinitionsOfTheSpecification);
  }

  void timingFollowsTheDateDefinitionsOfTheSpecification(RelapseCase c) {
    Outcome outcome = KB.evaluate(c);
    if (outcome.risk().isEmpty()) {
      return;
    }
    LocalDate d0 = c.diagnosisDate();
    LocalDate dr = c.relapseDate();
    LocalDate deot = c.endOfTherapyDate();
    TimingCategory bfm;
    if (dr.isBefore(d0.plusMonths(18))) {
      bfm = TimingCategory.VERY_EARLY;
    } else if (deot == null || dr.isBefore(deot.plusMonths(6))) {
      bfm = TimingCategory.EARLY;
    } else {
      bfm = TimingCategory.LATE;
    }
    int cogCutOff = outcome.site().orElseThrow() == SiteClass.ISOLATED_EXTRAMEDULLARY ? 18 : 36;
    TimingCategory cog =
        dr.isBefore(d0.plusMonths(cogCutOff)) ? TimingCategory.EARLY : TimingCategory.LATE;

    assertThat(outcome.risk().get(Scheme.BFM).timing()).isEqualTo(bfm);
    assertThat(outcome.risk().get(Scheme.UK_R3).timing()).isEqualTo(bfm);
    assertThat(outcome.risk().get(Scheme.COG).timing()).isEqualTo(cog);
  }

  @Test
  void siteClassFollowsTheSiteTableOfTheSpecification() {
    Tries.of(300).forAll(cases()).checkAssert(this::siteClassFollowsTheSiteTableOfTheSpecification);
  }

  void siteClassFollowsTheSiteTableOfTheSpecification(RelapseCase c) {
    boolean cns =
        c.relapseCnsStatus() == CnsStatus.CNS3
            || c.extramedullarySites().contains(ExtramedullarySite.CNS)
                && c.relapseCnsStatus() == null;
    boolean em =
        cns
            || c.extramedullarySites().contains(ExtramedullarySite.TESTIS)
            || c.extramedullarySites().contains(ExtramedullarySite.OTHER);
    double blasts = c.marrowBlastPercent();
    SiteClass expected;
    if (em) {
      expected = blasts >= 5 ? SiteClass.COMBINED : SiteClass.ISOLATED_EXTRAMEDULLARY;
    } else if (blasts >= 25 || blasts >= 5 && c.confirmedByOtherMethod()) {
      expected = SiteClass.ISOLATED_MARROW;
    } else {
      expected = SiteClass.NOT_ESTABLISHED;
    }

    assertThat(KB.evaluate(c).site()).contains(expected);
  }

  @Test
  void everyFiredRuleCitesRegisteredSourcesAndHasAStatus() {
    Tries.of(200)
        .forAll(cases())
        .checkAssert(this::everyFiredRuleCitesRegisteredSourcesAndHasAStatus);
  }

  void everyFiredRuleCitesRegisteredSourcesAndHasAStatus(RelapseCase c) {
    for (FiredRule fired : KB.evaluate(c).firedRules()) {
      assertThat(fired.rule().evidenceKeys()).as(fired.rule().name()).isNotEmpty();
      assertThat(fired.rule().evidenceKeys())
          .as(fired.rule().name())
          .allMatch(KB.evidenceSources()::contains);
      assertThat(fired.rule().status()).as(fired.rule().name()).isIn("verified", "unverified");
      assertThat(fired.rule().file()).as(fired.rule().name()).endsWith(".drl");
    }
  }

  @Test
  void evaluatingTheSameCaseTwiceGivesTheSameOutcome() {
    Tries.of(200).forAll(cases()).checkAssert(this::evaluatingTheSameCaseTwiceGivesTheSameOutcome);
  }

  void evaluatingTheSameCaseTwiceGivesTheSameOutcome(RelapseCase c) {
    assertThat(OutcomeProjection.of(KB.evaluate(c)))
        .isEqualTo(OutcomeProjection.of(KB.evaluate(c)));
  }

  @Test
  void concurrentEvaluationGivesTheSameOutcomesAsSequential() {
    Tries.of(5)
        .forAll(caseLists())
        .checkAssert(Tries.rethrowing(this::concurrentEvaluationGivesTheSameOutcomesAsSequential));
  }

  void concurrentEvaluationGivesTheSameOutcomesAsSequential(List<RelapseCase> cases)
      throws Exception {
    List<OutcomeProjection> sequential = new ArrayList<>();
    for (RelapseCase c : cases) {
      sequential.add(OutcomeProjection.of(KB.evaluate(c)));
    }

    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<OutcomeProjection>> tasks = new ArrayList<>();
      for (RelapseCase c : cases) {
        tasks.add(() -> OutcomeProjection.of(KB.evaluate(c)));
      }
      List<OutcomeProjection> concurrent = new ArrayList<>();
      for (Future<OutcomeProjection> f : pool.invokeAll(tasks)) {
        concurrent.add(f.get());
      }

      assertThat(concurrent).isEqualTo(sequential);
    } finally {
      pool.shutdownNow();
    }
  }
}
