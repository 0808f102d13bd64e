package org.relapsecds.acceptance.runner;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.relapsecds.rules.engine.BundledRules;
import org.relapsecds.rules.engine.Compilation;
import org.relapsecds.rules.engine.KnowledgeBase;
import org.relapsecds.rules.engine.KnowledgeBaseCompiler;
import org.relapsecds.rules.engine.RuleSource;

/**
 * Runs the scenarios from the command line against the bundled rules or a folder of DRL files, so a
 * rule author can check an edit before proposing it: {@code java -cp ...
 * org.relapsecds.acceptance.runner.ScenarioRunnerCommand [rules-folder]}. Exit code 0 when every
 * scenario passes, 1 when one fails, 2 when the rules do not compile.
 */
public final class ScenarioRunnerCommand {
  private static final int WARM_RUNS = 9;

  private ScenarioRunnerCommand() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out));
  }

  static int run(String[] args, PrintStream out) {
    List<RuleSource> sources =
        args.length > 0 ? BundledRules.fromDirectory(Path.of(args[0])) : BundledRules.load();
    long start = System.nanoTime();
    Compilation compilation = new KnowledgeBaseCompiler().compile(sources);
    if (!compilation.succeeded()) {
      compilation.problems().forEach(p -> out.println("compile error: " + p));
      return 2;
    }
    KnowledgeBase kb = compilation.orThrow();
    long compiled = System.nanoTime();
    ScenarioRunner runner = new ScenarioRunner();
    ScenarioRunReport report = runner.run(kb);
    long firstRun = System.nanoTime();
    // Further runs show the cost once the JVM and Cucumber are warm, as in a long-running server.
    List<Long> warm = new ArrayList<>();
    for (int i = 0; i < WARM_RUNS; i++) {
      long t = System.nanoTime();
      runner.run(kb);
      warm.add((System.nanoTime() - t) / 1_000_000);
    }
    Collections.sort(warm);
    report
        .failures()
        .forEach(
            f -> out.println("FAILED " + f.feature() + ": " + f.name() + "\n  " + f.failure()));
    out.printf(
        "knowledge base %s (%d rules): %d scenarios, %d failed; compile %d ms, first run %d ms,"
            + " %d warm runs: min %d ms, median %d ms, max %d ms%n",
        kb.version(),
        kb.ruleCount(),
        report.total(),
        report.failures().size(),
        (compiled - start) / 1_000_000,
        (firstRun - compiled) / 1_000_000,
        WARM_RUNS,
        warm.get(0),
        warm.get(WARM_RUNS / 2),
        warm.get(WARM_RUNS - 1));
    return report.passed() ? 0 : 1;
  }
}
