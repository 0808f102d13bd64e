package org.relapsecds.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.relapsecds.rules.model.RelapseCase;
import org.relapsecds.rules.model.SiteClass;
import org.relapsecds.rules.testing.Cases;

/**
 * Layer 3: a knowledge base whose rules do not finish for a case is stopped at the firing limit or
 * the time budget; the case fails with the limit and the rules involved, the halted session is not
 * reused, and the next case is answered. The looping rules are compiled straight through the
 * compiler, around the rule check, to prove this layer on its own.
 */
class EvaluationLimitsTest {
  private static final String HEADER =
      """
      package org.relapsecds.rules.kb;

      import org.relapsecds.rules.model.*;

      """;

  // The classification rules, so that a case that does not loop gets a real outcome.
  private static final List<RuleSource> SITE_RULES =
      BundledRules.load().stream().filter(s -> s.file().equals("site.drl")).toList();

  private static KnowledgeBase compile(EvaluationLimits limits, String rules) {
    List<RuleSource> sources = new java.util.ArrayList<>(SITE_RULES);
    sources.add(new RuleSource("loop.drl", HEADER + rules));
    return new KnowledgeBaseCompiler(EvidenceSources.bundled(), limits).compile(sources).orThrow();
  }

  private static RelapseCase withId(String id) {
    return Cases.contractExample().caseId(id).build();
  }

  @Test
  void anUpdateLoopIsStoppedAtTheFiringLimitAndTheNextCaseIsServed() {
    KnowledgeBase kb =
        compile(
            new EvaluationLimits(50, Duration.ofSeconds(5)),
            """
            rule "Update without no-loop"
            when
              $c : RelapseCase( caseId == "loop" )
            then
              update($c);
            end
            """);

    EvaluationLimitExceededException e =
        catchThrowableOfType(
            EvaluationLimitExceededException.class, () -> kb.evaluate(withId("loop")));

    assertThat(e.limit()).isEqualTo(EvaluationLimitExceededException.Limit.RULE_FIRINGS);
    // update() re-triggers every rule on the case, so the site rules loop along with it
    assertThat(e.rulesInvolved()).contains("Update without no-loop");
    assertThat(e.ruleFirings()).isEqualTo(51);
    assertThat(e.knowledgeBaseVersion()).isEqualTo(kb.version());
    assertThat(e.getStackTrace()).isEmpty();
    Outcome next = kb.evaluate(withId("fine"));
    assertThat(next.site()).contains(SiteClass.COMBINED);
  }

  @Test
  void slowFiringsAreStoppedAtTheTimeBudget() {
    KnowledgeBase kb =
        compile(
            new EvaluationLimits(1_000_000, Duration.ofMillis(1000)),
            """
            rule "Slow loop"
              salience 100
            when
              $c : RelapseCase( caseId == "slow" )
            then
              int h = 0;
              for (int i = 0; i < 200000; i++) { h += String.valueOf(i).hashCode(); }
              if (h != 42) { update($c); }
            end
            """);

    long start = System.nanoTime();
    EvaluationLimitExceededException e =
        catchThrowableOfType(
            EvaluationLimitExceededException.class, () -> kb.evaluate(withId("slow")));
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(e.limit()).isEqualTo(EvaluationLimitExceededException.Limit.TIME_BUDGET);
    assertThat(e.rulesInvolved()).first().isEqualTo("Slow loop");
    // halted at the first firing due after the budget: one firing's time past it at most
    assertThat(took).isLessThan(Duration.ofSeconds(10)); // generous: the build machine is shared
    assertThat(e.elapsed()).isGreaterThanOrEqualTo(Duration.ofMillis(1000));
    assertThat(kb.evaluate(withId("fine")).site()).contains(SiteClass.COMBINED);
  }

  @Test
  void aHaltedSessionIsDiscardedNotReturnedToThePool() {
    KnowledgeBase kb =
        compile(
            new EvaluationLimits(20, Duration.ofSeconds(5)),
            """
            rule "Update without no-loop"
            when
              $c : RelapseCase( caseId == "loop" )
            then
              update($c);
            end
            """);
    kb.evaluate(withId("fine"));
    org.kie.api.runtime.KieSession pooled = kb.sessions().borrow();
    pooled.dispose();

    catchThrowableOfType(EvaluationLimitExceededException.class, () -> kb.evaluate(withId("loop")));

    org.kie.api.runtime.KieSession next = kb.sessions().borrow();
    assertThat(next).isNotSameAs(pooled); // the halted one was the pooled one; it is gone
    next.dispose();
    assertThat(kb.evaluate(withId("fine")).site()).contains(SiteClass.COMBINED);
  }

  @Test
  void theBundledRulesStayFarBelowTheDefaultLimits() {
    assertThat(org.relapsecds.rules.testing.BundledKnowledgeBase.get().limits())
        .isEqualTo(EvaluationLimits.DEFAULT);
    // counted without the time budget: this is about firings, not about a busy machine's clock
    KnowledgeBase bundled =
        new KnowledgeBaseCompiler(
                EvidenceSources.bundled(),
                new EvaluationLimits(
                    EvaluationLimits.DEFAULT.maxRuleFirings(), Duration.ofSeconds(60)))
            .compile(BundledRules.load())
            .orThrow();
    assertThat(bundled.evaluate(Cases.contractExample().build()).firedRules().size())
        .isLessThanOrEqualTo(EvaluationLimits.LARGEST_REFERENCE_FIRINGS);
  }
}
