package org.relapsecds.acceptance.steps;

import io.cucumber.java.Before;
import org.opentest4j.TestAbortedException;
import org.relapsecds.acceptance.evaluation.Evaluators;
import org.relapsecds.acceptance.evaluation.InProcessCaseEvaluator;

/**
 * Input only JSON can carry (a date in the future is judged by the server's clock, an unknown word
 * by its parser) has no in-process equivalent: the in-process suite reports such scenarios skipped
 * (Cucumber reads opentest4j's TestAbortedException as "skipped"). Test code, so that opentest4j
 * stays out of the main jar the server ships; the gate's runner leaves these scenarios out by tag.
 */
public class HttpOnlyScenarios {
  @Before("@http-only")
  public void onlyOverHttp() {
    if (Evaluators.current() instanceof InProcessCaseEvaluator) {
      throw new TestAbortedException("runs over HTTP only");
    }
  }
}
