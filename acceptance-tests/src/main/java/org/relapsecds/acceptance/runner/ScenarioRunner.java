package org.relapsecds.acceptance.runner;

import io.cucumber.core.cli.Main;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.relapsecds.acceptance.evaluation.Evaluators;
import org.relapsecds.acceptance.evaluation.InProcessCaseEvaluator;
import org.relapsecds.rules.engine.KnowledgeBase;
import org.relapsecds.rules.model.RelapseCase;

/**
 * Runs the acceptance scenarios in-process against a given knowledge base, e.g. a draft before it
 * is published, and reports pass or fail per scenario with the rules each one fired.
 *
 * <p>Drives Cucumber through its public entry point, the command line's {@link Main#run(String[],
 * ClassLoader)}, and listens to the run with a plugin of ours ({@link ScenarioEvents}, named by its
 * class on the command line), which is how Cucumber asks to be observed; its {@code Runtime} and
 * feature suppliers are internal. One thread (Cucumber's default) runs the scenarios on the calling
 * thread, with the knowledge base bound to that thread for the step definitions, so concurrent runs
 * against different drafts do not interfere. Scenarios tagged {@code @wip} (not ready) or {@code
 * @http-only} (input only JSON can carry) are not run.
 */
public final class ScenarioRunner {
  /** Tag expression of the scenarios a run includes. */
  public static final String SCENARIOS = "not @wip and not @http-only";

  static final String GLUE = "org.relapsecds.acceptance.steps";
  static final String FEATURES = "classpath:features";

  /** Runs every scenario against the knowledge base. */
  public ScenarioRunReport run(KnowledgeBase knowledgeBase) {
    return execute(knowledgeBase).report();
  }

  /** Every valid case the scenarios evaluate, without repeats, in run order. */
  public List<RelapseCase> cases(KnowledgeBase knowledgeBase) {
    return new ArrayList<>(new LinkedHashSet<>(execute(knowledgeBase).cases()));
  }

  /**
   * Every scenario of the feature files (one per Examples row), {@code @wip} and {@code @http-only}
   * included, with its tags: a dry run, which matches the steps to their definitions without
   * running any.
   */
  public static List<ScenarioDescription> scenarios() {
    try (ScenarioEvents.Recording recording = ScenarioEvents.Recording.open()) {
      run(recording, "--dry-run");
      return recording.scenarios();
    }
  }

  private static ScenarioEvents.Recording execute(KnowledgeBase knowledgeBase) {
    try (ScenarioEvents.Recording recording = ScenarioEvents.Recording.open()) {
      Evaluators.runWith(
          new InProcessCaseEvaluator(knowledgeBase, recording::evaluated),
          () -> run(recording, "--tags", SCENARIOS));
      return recording;
    }
  }

  private static byte run(ScenarioEvents.Recording recording, String... options) {
    List<String> args = new ArrayList<>(List.of(options));
    args.addAll(
        List.of(
            "--glue",
            GLUE,
            "--plugin",
            ScenarioEvents.class.getName() + ":" + recording.id(),
            "--no-summary",
            "--monochrome",
            "--threads",
            "1",
            FEATURES));
    return Main.run(args.toArray(String[]::new), ScenarioRunner.class.getClassLoader());
  }
}
