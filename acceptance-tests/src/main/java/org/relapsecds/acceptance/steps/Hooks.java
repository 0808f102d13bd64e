package org.relapsecds.acceptance.steps;

import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import org.relapsecds.acceptance.evaluation.EvaluationResult;

/**
 * Gives each scenario a fresh case and attaches the rules that fired to the report. Scenarios
 * tagged {@code @http-only} are left out of in-process runs by their tag: the gate's runner filters
 * them, and the in-process test suite skips them with a hook of its own (test code).
 */
public class Hooks {
  @Before
  public void freshCase() {
    ScenarioState.begin();
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
