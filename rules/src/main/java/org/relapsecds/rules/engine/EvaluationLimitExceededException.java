package org.relapsecds.rules.engine;

import java.time.Duration;
import java.util.List;

/**
 * The knowledge base did not finish for one case: it fired more rules than {@link
 * EvaluationLimits#maxRuleFirings()} or ran longer than {@link EvaluationLimits#budget()}. The
 * session was stopped and discarded; the knowledge base keeps serving other cases.
 */
public final class EvaluationLimitExceededException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Which limit was reached. */
  public enum Limit {
    /** More rule firings than allowed. */
    RULE_FIRINGS,
    /** More CPU time than the budget (or ten budgets of wall-clock time). */
    TIME_BUDGET
  }

  private final String knowledgeBaseVersion;
  private final Limit limit;
  private final transient List<String> rulesInvolved;
  private final int ruleFirings;
  private final transient Duration elapsed;

  EvaluationLimitExceededException(
      String knowledgeBaseVersion,
      Limit limit,
      List<String> rulesInvolved,
      int ruleFirings,
      Duration elapsed) {
    super(
        "knowledge base "
            + knowledgeBaseVersion
            + " did not finish: "
            + (limit == Limit.RULE_FIRINGS ? "rule firing limit" : "time budget")
            + " reached after "
            + ruleFirings
            + " firings in "
            + elapsed.toMillis()
            + " ms; rules involved: "
            + rulesInvolved,
        null,
        false,
        false); // no stack trace: the cause is the rules, not the code path
    this.knowledgeBaseVersion = knowledgeBaseVersion;
    this.limit = limit;
    this.rulesInvolved = List.copyOf(rulesInvolved);
    this.ruleFirings = ruleFirings;
    this.elapsed = elapsed;
  }

  public String knowledgeBaseVersion() {
    return knowledgeBaseVersion;
  }

  public Limit limit() {
    return limit;
  }

  /** The rules that fired most often, most frequent first (at most five). */
  public List<String> rulesInvolved() {
    return rulesInvolved;
  }

  public int ruleFirings() {
    return ruleFirings;
  }

  public Duration elapsed() {
    return elapsed;
  }
}
