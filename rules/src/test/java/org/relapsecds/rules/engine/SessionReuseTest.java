package org.relapsecds.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.kie.api.runtime.KieSession;
import org.relapsecds.rules.model.Immunophenotype;
import org.relapsecds.rules.model.RelapseCase;
import org.relapsecds.rules.model.SiteClass;
import org.relapsecds.rules.model.TimingCategory;
import org.relapsecds.rules.testing.Cases;

/**
 * Evaluations reuse pooled sessions: a reused session must give exactly what a new one gives, with
 * nothing left over from the case before (facts, listeners, trace), on any number of threads.
 */
class SessionReuseTest {

  /** Late combined relapse with CNS and testis, MRD known: many rules fire. */
  private static final RelapseCase A = Cases.contractExample().build();

  /** Second relapse of T-lineage ALL: the schemes do not apply, other rules fire. */
  private static final RelapseCase B =
      Cases.firstRelapse(Immunophenotype.T_LINEAGE)
          .relapseNumber(2)
          .priorRegimens(2)
          .marrowBlastPercent(40)
          .build();

  private static KnowledgeBase compileBundled() {
    return new KnowledgeBaseCompiler().compile(BundledRules.load()).orThrow();
  }

  @Test
  void caseAThenBThenAOnOneReusedSessionGivesWhatNewSessionsGive() {
    KnowledgeBase reused = compileBundled();
    Outcome firstA = reused.evaluate(A);
    KieSession session = borrowAndReturn(reused);
    Outcome b = reused.evaluate(B);
    Outcome secondA = reused.evaluate(A);

    // One thread, one session: every evaluation above ran on the session created for the first.
    assertThat(borrowAndReturn(reused)).isSameAs(session);
    // Equal values mean the same items, rules, evidence and trace text in the same order.
    assertThat(value(secondA)).isEqualTo(value(firstA));
    assertThat(value(b)).isEqualTo(value(compileBundled().evaluate(B))); // B on a new session
    assertThat(b.site()).contains(SiteClass.ISOLATED_MARROW);
    assertThat(b.risk()).isEmpty();
    assertThat(firstA.risk()).isNotEmpty();
    assertThat(b.firedRules()).hasSizeLessThan(firstA.firedRules().size());
  }

  @Test
  void aReturnedSessionHasNoFactsAndNoListenersLeft() {
    KnowledgeBase kb = compileBundled();
    kb.evaluate(A);
    kb.evaluate(B);

    KieSession session = kb.sessions().borrow();
    try {
      assertThat(session.getFactCount()).isZero();
      assertThat(session.getAgendaEventListeners()).isEmpty();
      assertThat(session.getRuleRuntimeEventListeners()).isEmpty();
    } finally {
      session.dispose();
    }
  }

  @Test
  void aSessionWhoseEvaluationFailedIsCleanForTheNextCase() {
    String drl =
        """
        package org.relapsecds.rules.kb;

        import org.relapsecds.rules.model.*;

        rule "Marrow with 25 % blasts or more is M3"
          @evidence("Buchmann2022") @status("verified")
        when
          RelapseCase( marrowBlastPercent >= 25 )
        then
          insert(new MarrowStatus(MarrowGrade.M3));
        end

        rule "A broken consequence"
          @evidence("Buchmann2022") @status("verified")
        when
          MarrowStatus( grade == MarrowGrade.M3 )
          RelapseCase( marrowBlastPercent > 90 )
        then
          throw new IllegalStateException("broken rule");
        end
        """;
    KnowledgeBase kb =
        new KnowledgeBaseCompiler().compile(List.of(new RuleSource("broken.drl", drl))).orThrow();
    RelapseCase failing =
        Cases.firstRelapse(Immunophenotype.B_PRECURSOR).marrowBlastPercent(95).build();
    RelapseCase passing =
        Cases.firstRelapse(Immunophenotype.B_PRECURSOR).marrowBlastPercent(2).build();

    assertThatThrownBy(() -> kb.evaluate(failing)).hasStackTraceContaining("broken rule");
    Outcome after = kb.evaluate(passing);

    assertThat(after.marrow()).isEmpty();
    assertThat(after.firedRules()).isEmpty();
    KieSession session = kb.sessions().borrow();
    try {
      assertThat(session.getFactCount()).isZero();
      assertThat(session.getAgendaEventListeners()).isEmpty();
    } finally {
      session.dispose();
    }
  }

  @Test
  void manyThreadsSharingOneKnowledgeBaseGetTheSequentialOutcomes() throws Exception {
    KnowledgeBase kb = compileBundled();
    List<RelapseCase> cases = new ArrayList<>();
    for (TimingCategory timing : TimingCategory.values()) {
      for (SiteClass site : SiteClass.values()) {
        cases.add(Cases.bfmCell(Immunophenotype.B_PRECURSOR, site, timing));
        cases.add(Cases.bfmCell(Immunophenotype.T_LINEAGE, site, timing));
      }
    }
    cases.add(A);
    cases.add(B);
    KnowledgeBase sequential = compileBundled();
    List<List<Object>> expected = new ArrayList<>();
    for (RelapseCase c : cases) {
      expected.add(value(sequential.evaluate(c)));
    }

    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<List<Object>>>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int offset = t;
        Callable<List<List<Object>>> task =
            () -> {
              start.await();
              List<List<Object>> outcomes = new ArrayList<>();
              for (int round = 0; round < 4; round++) {
                for (int i = 0; i < cases.size(); i++) {
                  // Threads walk the cases from different offsets, so sessions see mixed cases.
                  outcomes.add(value(kb.evaluate(cases.get((i + offset) % cases.size()))));
                }
              }
              return outcomes;
            };
        results.add(pool.submit(task));
      }
      start.countDown();

      for (int t = 0; t < threads; t++) {
        List<List<Object>> outcomes = results.get(t).get();
        for (int i = 0; i < outcomes.size(); i++) {
          assertThat(outcomes.get(i)).isEqualTo(expected.get((i + t) % cases.size()));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * The outcome as a comparable value: a tree of records, except the chronology (a plain class),
   * which compares by its text.
   */
  private static List<Object> value(Outcome o) {
    return List.of(
        o.chronology().toString(),
        new Outcome(
            o.knowledgeBaseVersion(),
            null,
            o.marrow(),
            o.site(),
            o.risk(),
            o.recommendations(),
            o.alerts(),
            o.missingData(),
            o.firedRules()));
  }

  private static KieSession borrowAndReturn(KnowledgeBase kb) {
    KieSession session = kb.sessions().borrow();
    session.dispose();
    return session;
  }
}
