package org.relapsecds.rules.benchmark;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.relapsecds.rules.engine.BundledRules;
import org.relapsecds.rules.engine.KnowledgeBase;
import org.relapsecds.rules.engine.KnowledgeBaseCompiler;
import org.relapsecds.rules.engine.RuleSource;

/**
 * Compile time of the bundled knowledge base: warm (a publish in a running server) as the average
 * time, and cold (the first compile in a fresh JVM, as at startup) as single shots in new forks.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class KnowledgeBaseCompileBenchmark {
  private List<RuleSource> sources;
  private KnowledgeBaseCompiler compiler;

  @Setup
  public void load() {
    sources = BundledRules.load();
    compiler = new KnowledgeBaseCompiler();
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @Warmup(iterations = 3, time = 5)
  @Measurement(iterations = 5, time = 5)
  @Fork(1)
  public KnowledgeBase warmCompile() {
    return compiler.compile(sources).orThrow();
  }

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  @Fork(5)
  public KnowledgeBase coldCompile() {
    return compiler.compile(sources).orThrow();
  }
}
