package org.relapsecds.authoring.check.benchmark;

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
import org.relapsecds.authoring.check.Finding;
import org.relapsecds.authoring.check.HostileCorpus;
import org.relapsecds.authoring.check.RuleCheck;
import org.relapsecds.rules.engine.BundledRules;
import org.relapsecds.rules.engine.RuleSource;

/**
 * Time of the rule check, warm (a validate or publish in a running server): the bundled rules, the
 * whole hostile corpus, and the two largest hostile texts (5,000 nested parentheses, a 1,000-rule
 * file just inside the limits).
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@BenchmarkMode(Mode.AverageTime)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class RuleCheckBenchmark {
  private RuleCheck check;
  private List<RuleSource> bundled;
  private List<RuleSource> hostile;
  private RuleSource deep;
  private RuleSource thousandRules;

  @Setup
  public void load() {
    check = RuleCheck.standard();
    bundled = BundledRules.load();
    hostile =
        HostileCorpus.load().stream().map(h -> new RuleSource("hostile.drl", h.text())).toList();
    String header = "package org.relapsecds.rules.kb;\nimport org.relapsecds.rules.model.*;\n";
    deep =
        new RuleSource(
            "deep.drl",
            header
                + "rule \"r\" when RelapseCase( "
                + "(".repeat(5000)
                + ")".repeat(5000)
                + " )"
                + " then end\n");
    StringBuilder many = new StringBuilder(header);
    for (int i = 0; i < 1000; i++) {
      many.append("rule \"r")
          .append(i)
          .append("\" @evidence(\"Tallen2010\")")
          .append(" @status(\"verified\") when RelapseCase( marrowBlastPercent < 5 ) then")
          .append(" insert(new MarrowStatus(MarrowGrade.M1)); end\n");
    }
    thousandRules = new RuleSource("many.drl", many.toString());
  }

  @Benchmark
  public List<Finding> bundledRules() {
    return check.check(bundled);
  }

  @Benchmark
  public List<Finding> hostileCorpus() {
    return check.check(hostile);
  }

  @Benchmark
  public List<Finding> fiveThousandParentheses() {
    return check.check(deep);
  }

  @Benchmark
  public List<Finding> thousandRuleFile() {
    return check.check(thousandRules);
  }
}
