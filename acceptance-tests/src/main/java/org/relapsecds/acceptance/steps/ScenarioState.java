package org.relapsecds.acceptance.steps;

import org.relapsecds.acceptance.evaluation.CaseOutcome;
import org.relapsecds.acceptance.evaluation.ClinicalCase;
import org.relapsecds.acceptance.evaluation.EvaluationResult;
import org.relapsecds.acceptance.evaluation.Evaluators;

/**
 * The case a scenario builds and, once a "Then" step asks, its evaluation. One per scenario and
 * thread: Cucumber's default object factory cannot share state between glue classes otherwise.
 */
final class ScenarioState {
  private static final ThreadLocal<ScenarioState> CURRENT = new ThreadLocal<>();

  private final ClinicalCase clinicalCase = new ClinicalCase();
  private EvaluationResult result;

  static void begin() {
    CURRENT.set(new ScenarioState());
  }

  static void end() {
    CURRENT.remove();
  }

  static ScenarioState current() {
    ScenarioState state = CURRENT.get();
    if (state == null) {
      state = new ScenarioState();
      CURRENT.set(state);
    }
    return state;
  }

  /** The case under construction; frozen once evaluated. */
  ClinicalCase clinicalCase() {
    if (result != null) {
      throw new IllegalStateException("the case was already evaluated: put every Given first");
    }
    return clinicalCase;
  }

  /** Evaluates the case on first use, with the evaluator of the current run. */
  EvaluationResult result() {
    if (result == null) {
      result = Evaluators.current().evaluate(clinicalCase);
    }
    return result;
  }

  boolean evaluated() {
    return result != null;
  }

  /** The outcome; fails the step with the errors when the case was rejected. */
  CaseOutcome outcome() {
    EvaluationResult r = result();
    if (r instanceof EvaluationResult.Rejected rejected) {
      throw new AssertionError(
          "the case was rejected, fields " + rejected.fields() + ": " + rejected.detail());
    }
    return ((EvaluationResult.Evaluated) r).outcome();
  }
}
