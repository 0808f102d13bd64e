package org.relapsecds.rules.engine;

import java.time.Duration;

/**
 * How far one evaluation may run: at most {@code maxRuleFirings} rule firings and {@code budget} of
 * the evaluating thread's CPU time. An evaluation that reaches either is stopped and fails with
 * {@link EvaluationLimitExceededException}.
 *
 * @param maxRuleFirings rule firings allowed per case (at least 1)
 * @param budget CPU time allowed per case on the evaluating thread, capped at ten times it on the
 *     wall clock (positive)
 */
public record EvaluationLimits(int maxRuleFirings, Duration budget) {
  /**
   * The most rules that fire for one case of the reference corpus (the impact grid, the vignettes
   * and the acceptance scenarios' cases) with the bundled rules; measured by {@code
   * EvaluationLimitsTest}.
   */
  public static final int LARGEST_REFERENCE_FIRINGS = 30;

  /**
   * Ten times the largest reference count, and a quarter of a second; the system properties {@code
   * relapsecds.evaluation.max-rule-firings} and {@code relapsecds.evaluation.time-budget-ms}
   * override them for code that uses the defaults (the build's tests run with a long budget: on a
   * shared, overloaded machine a correct evaluation can wait longer than 250 ms for a core).
   */
  public static final EvaluationLimits DEFAULT =
      new EvaluationLimits(
          Integer.getInteger(
              "relapsecds.evaluation.max-rule-firings", 10 * LARGEST_REFERENCE_FIRINGS),
          Duration.ofMillis(Long.getLong("relapsecds.evaluation.time-budget-ms", 250)));

  public EvaluationLimits {
    if (maxRuleFirings < 1) {
      throw new IllegalArgumentException("maxRuleFirings must be at least 1");
    }
    if (budget == null || budget.isNegative() || budget.isZero()) {
      throw new IllegalArgumentException("budget must be positive");
    }
  }
}
