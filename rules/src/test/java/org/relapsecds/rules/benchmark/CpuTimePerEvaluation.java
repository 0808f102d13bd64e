package org.relapsecds.rules.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import org.relapsecds.rules.engine.BundledRules;
import org.relapsecds.rules.engine.KnowledgeBase;
import org.relapsecds.rules.engine.KnowledgeBaseCompiler;
import org.relapsecds.rules.model.RelapseCase;

/**
 * CPU time per evaluation on one thread, measured with the thread's CPU clock: on a shared machine
 * where JMH's wall-clock throughput depends on what else runs, this figure does not (much). It
 * gives the throughput one idle core would reach: 1 / (CPU time per evaluation).
 *
 * <p>Run: {@code benchmarks/jmh.sh} builds the classpath; then {@code java -cp <same>
 * org.relapsecds.rules.benchmark.CpuTimePerEvaluation [evaluations]}; see docs/performance.md.
 */
public final class CpuTimePerEvaluation {
  private static final String[] CASES = {
    "contractExample",
    "veryEarlyTLineage",
    "lateIsolatedCns",
    "lateMarrowMrdPending",
    "secondRelapse"
  };

  private CpuTimePerEvaluation() {}

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    KnowledgeBase kb = new KnowledgeBaseCompiler().compile(BundledRules.load()).orThrow();
    System.out.printf(
        Locale.ROOT,
        "knowledge base %s, %d rules, %d evaluations per case%n",
        kb.version(),
        kb.ruleCount(),
        n);
    long sink = 0;
    for (String name : CASES) {
      RelapseCase relapseCase = RepresentativeCases.named(name);
      for (int i = 0; i < n; i++) { // warm-up: let the JIT compile the path of this case
        sink += kb.evaluate(relapseCase).firedRules().size();
      }
      long cpu = threads.getCurrentThreadCpuTime();
      long wall = System.nanoTime();
      for (int i = 0; i < n; i++) {
        sink += kb.evaluate(relapseCase).firedRules().size();
      }
      double cpuMicros = (threads.getCurrentThreadCpuTime() - cpu) / 1e3 / n;
      double wallMicros = (System.nanoTime() - wall) / 1e3 / n;
      System.out.printf(
          Locale.ROOT,
          "%-22s cpu %7.1f us/evaluation (%6.0f evaluations/s per core)   wall %7.1f us%n",
          name,
          cpuMicros,
          1e6 / cpuMicros,
          wallMicros);
    }
    System.out.println("(checksum " + sink + ")");
  }
}
