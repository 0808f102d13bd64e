package org.relapsecds.rules.benchmark;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.relapsecds.rules.engine.BundledRules;
import org.relapsecds.rules.engine.KnowledgeBase;
import org.relapsecds.rules.engine.KnowledgeBaseCompiler;
import org.relapsecds.rules.engine.Outcome;
import org.relapsecds.rules.model.RelapseCase;

/**
 * In-process evaluation throughput of the bundled knowledge base, per representative case (run with
 * {@code -prof gc} for the allocation per evaluation). See docs/performance.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EvaluationBenchmark {
  @Param({
    "contractExample",
    "veryEarlyTLineage",
    "lateIsolatedCns",
    "lateMarrowMrdPending",
    "secondRelapse"
  })
  public String caseName;

  private KnowledgeBase knowledgeBase;
  private RelapseCase relapseCase;

  @Setup
  public void compile() {
    knowledgeBase = new KnowledgeBaseCompiler().compile(BundledRules.load()).orThrow();
    relapseCase = RepresentativeCases.named(caseName);
  }

  @Benchmark
  public Outcome evaluate() {
    return knowledgeBase.evaluate(relapseCase);
  }
}
