package org.relapsecds.acceptance.steps;

import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import org.opentest4j.TestAbortedException;
import org.relapsecds.acceptance.evaluation.EvaluationResult;
import org.relapsecds.acceptance.evaluation.Evaluators;
import org.relapsecds.acceptance.evaluation.InProcessCaseEvaluator;

/** Gives each scenario a fresh case and attaches the rules that fired to the report. */
public class Hooks {
  @Before
  public void freshCase() {
    ScenarioState.begin();
  }

  /**
   * Input only JSON can carry (a date in the future is judged by the server's clock, an unknown
   * word by its parser) has no in-process equivalent: such scenarios are skipped there.
   */
  @Before("@http-only")
  public void onlyOverHttp() {
    if (Evaluators.current() instanceof InProcessCaseEvaluator) {
      throw new TestAbortedException("runs over HTTP only");
    }
  }

  @After
  public void attachTrace(Scenario scenario) {
    try {
      ScenarioState state = ScenarioState.current();
      if (state.evaluated() && state.result() instanceof EvaluationResult.Evaluated evaluated) {
        scenario.attach(
            String.join("\n", evaluated.outcome().firedRules()), "text/plain", "Rules fired");
      }
    } finally {
      ScenarioState.end();
    }
  }
}
