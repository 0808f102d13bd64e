package org.relapsecds.api.authoring.benchmark;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.relapsecds.api.authoring.gate.ScenarioReferenceCheck;
import org.relapsecds.authoring.check.RuleCheck;
import org.relapsecds.authoring.gate.CompositeReferenceCheck;
import org.relapsecds.authoring.gate.GateResult;
import org.relapsecds.authoring.gate.PublishingGate;
import org.relapsecds.authoring.gate.VignetteReferenceCheck;
import org.relapsecds.authoring.impact.ImpactAnalysis;
import org.relapsecds.authoring.impact.ImpactCorpus;
import org.relapsecds.authoring.impact.ImpactReport;
import org.relapsecds.rules.engine.BundledRules;
import org.relapsecds.rules.engine.KnowledgeBase;
import org.relapsecds.rules.engine.KnowledgeBaseCompiler;
import org.relapsecds.rules.engine.RuleSource;
import org.relapsecds.rules.model.RelapseCase;

/**
 * Timings of the publishing gate and the impact analysis on the bundled rules (docs/
 * performance.md, section "Rule authoring"). Not a test: runs only with {@code
 * -Dcds.benchmark=true}.
 */
@EnabledIfSystemProperty(named = "cds.benchmark", matches = "true")
class AuthoringBenchmark {
  private static final int ROUNDS = 5;

  @Test
  void gateAndImpactTimings() {
    List<RuleSource> sources = BundledRules.load();
    RuleCheck lint = RuleCheck.standard();
    KnowledgeBaseCompiler compiler = new KnowledgeBaseCompiler();
    ScenarioReferenceCheck scenarios = new ScenarioReferenceCheck();
    PublishingGate gate =
        new PublishingGate(
            lint,
            compiler,
            new CompositeReferenceCheck(List.of(scenarios, new VignetteReferenceCheck())));
    KnowledgeBase active = compiler.compile(sources).orThrow();

    for (int round = 1; round <= ROUNDS; round++) {
      long t0 = System.nanoTime();
      lint.check(sources);
      long t1 = System.nanoTime();
      KnowledgeBase kb = compiler.compile(sources).orThrow();
      long t2 = System.nanoTime();
      int total = new org.relapsecds.acceptance.runner.ScenarioRunner().run(kb).total();
      long t3 = System.nanoTime();
      GateResult result = gate.check(sources, active);
      long t4 = System.nanoTime();
      System.out.printf(
          "round %d: lint %d ms, compile %d ms, %d scenarios %d ms, full gate %d ms (%s)%n",
          round,
          ms(t1 - t0),
          ms(t2 - t1),
          total,
          ms(t3 - t2),
          ms(t4 - t3),
          result.passed() ? "passed" : "refused " + result.failures());
    }

    List<RelapseCase> corpus = ImpactCorpus.ofSize(10_000);
    KnowledgeBase draft = compiler.compile(sources).orThrow();
    for (int round = 1; round <= ROUNDS; round++) {
      ImpactReport report = ImpactAnalysis.analyse(active, draft, corpus);
      System.out.printf(
          "round %d: impact of %d cases (x2 evaluations) %d ms, %d changed%n",
          round, report.cases(), report.millis(), report.changedCases());
    }
    long t = System.nanoTime();
    int n = 0;
    for (RelapseCase c : corpus) {
      active.evaluate(c);
      n++;
    }
    System.out.printf("single thread: %d evaluations in %d ms%n", n, ms(System.nanoTime() - t));
  }

  /**
   * Evaluation throughput (2 threads, in process) for a quiet period, then for the same period
   * while a full publish (lint, compile, scenarios, swap) runs every few seconds.
   */
  @Test
  void evaluationThroughputWhilePublishing() throws Exception {
    List<RuleSource> sources = BundledRules.load();
    KnowledgeBaseCompiler compiler = new KnowledgeBaseCompiler();
    PublishingGate gate =
        new PublishingGate(
            RuleCheck.standard(),
            compiler,
            new CompositeReferenceCheck(
                List.of(new ScenarioReferenceCheck(), new VignetteReferenceCheck())));
    java.util.concurrent.atomic.AtomicReference<KnowledgeBase> active =
        new java.util.concurrent.atomic.AtomicReference<>(compiler.compile(sources).orThrow());
    List<RelapseCase> cases = ImpactCorpus.ofSize(2_000);
    long seconds = Long.getLong("cds.benchmark.seconds", 20);
    long publishEveryMillis = Long.getLong("cds.benchmark.publish-every-ms", 3_000);

    measure(active, cases, 5, null, 0); // warm-up
    double quiet = measure(active, cases, seconds, null, 0);
    double busy =
        measure(
            active,
            cases,
            seconds,
            () -> active.set(gate.check(sources, active.get()).knowledgeBase().orElseThrow()),
            publishEveryMillis);
    System.out.printf(
        "quiet: %.0f evaluations/s; publishing every %d ms: %.0f evaluations/s (%.1f %% of quiet)%n",
        quiet, publishEveryMillis, busy, 100 * busy / quiet);
  }

  private static double measure(
      java.util.concurrent.atomic.AtomicReference<KnowledgeBase> active,
      List<RelapseCase> cases,
      long seconds,
      Runnable publish,
      long publishEveryMillis)
      throws Exception {
    java.util.concurrent.atomic.AtomicLong count = new java.util.concurrent.atomic.AtomicLong();
    java.util.concurrent.atomic.AtomicInteger publishes =
        new java.util.concurrent.atomic.AtomicInteger();
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    List<Thread> threads = new java.util.ArrayList<>();
    for (int t = 0; t < 2; t++) {
      int offset = t;
      threads.add(
          started(
              () -> {
                int i = offset;
                while (System.nanoTime() < end) {
                  active.get().evaluate(cases.get(i++ % cases.size()));
                  count.incrementAndGet();
                }
              }));
    }
    if (publish != null) {
      threads.add(
          started(
              () -> {
                while (System.nanoTime() < end) {
                  long start = System.nanoTime();
                  publish.run();
                  publishes.incrementAndGet();
                  long left = publishEveryMillis - (System.nanoTime() - start) / 1_000_000;
                  if (left > 0) {
                    try {
                      Thread.sleep(left);
                    } catch (InterruptedException e) {
                      return;
                    }
                  }
                }
              }));
    }
    for (Thread t : threads) {
      t.join();
    }
    if (publish != null) {
      System.out.printf("%d publishes in %d s%n", publishes.get(), seconds);
    }
    return count.get() / (double) seconds;
  }

  private static Thread started(Runnable work) {
    Thread thread = new Thread(work);
    thread.start();
    return thread;
  }

  private static long ms(long nanos) {
    return nanos / 1_000_000;
  }
}
