package org.relapsecds.authoring.gate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.relapsecds.rules.engine.EvaluationLimitExceededException;
import org.relapsecds.rules.engine.KnowledgeBase;
import org.relapsecds.rules.model.RelapseCase;

/**
 * A gate step before the clinical checks: the candidate must finish every case of the reference
 * corpus (the impact grid, the vignettes and the scenarios' cases) under the evaluation limits,
 * without throwing. Stops at the first few failures: a rule that loops for one case usually loops
 * for thousands, and each costs up to a time budget.
 */
public final class CompletionCheck {
  /** Failing cases reported before the check stops. */
  static final int MAX_FAILURES = 3;

  private final Function<KnowledgeBase, List<RelapseCase>> corpus;

  /**
   * @param corpus the reference cases for a candidate; asked for on every check (may be cached)
   */
  public CompletionCheck(Function<KnowledgeBase, List<RelapseCase>> corpus) {
    this.corpus = corpus;
  }

  /**
   * A case stopped by the time budget is tried once more: a wall-clock budget also counts time the
   * thread waited for a core, and a busy machine should not refuse correct rules. Rules that are
   * really too slow miss the budget twice; rules that loop hit the firing limit, which no retry
   * changes.
   */
  private static void evaluate(KnowledgeBase candidate, RelapseCase relapseCase) {
    try {
      candidate.evaluate(relapseCase);
    } catch (EvaluationLimitExceededException e) {
      if (e.limit() != EvaluationLimitExceededException.Limit.TIME_BUDGET) {
        throw e;
      }
      candidate.evaluate(relapseCase);
    }
  }

  /** The failing points; empty when every case finished. Stops early when interrupted. */
  List<GateFailure> check(KnowledgeBase candidate) {
    List<GateFailure> failures = new ArrayList<>();
    int n = 0;
    for (RelapseCase relapseCase : corpus.apply(candidate)) {
      n++;
      if (Thread.currentThread().isInterrupted()) {
        break; // the gate's time limit passed; the gate reports that
      }
      String name = relapseCase.caseId() != null ? relapseCase.caseId() : "reference case " + n;
      try {
        evaluate(candidate, relapseCase);
      } catch (EvaluationLimitExceededException e) {
        failures.add(
            new GateFailure(
                "limits",
                null,
                0,
                0,
                name
                    + ": the rules did not finish ("
                    + (e.limit() == EvaluationLimitExceededException.Limit.RULE_FIRINGS
                        ? e.ruleFirings() + " rule firings, the limit"
                        : e.elapsed().toMillis() + " ms, over the time budget")
                    + "); rules involved: "
                    + String.join(", ", e.rulesInvolved())));
      } catch (RuntimeException e) {
        failures.add(
            new GateFailure(
                "limits",
                null,
                0,
                0,
                name + ": the evaluation failed (" + e.getClass().getSimpleName() + ")"));
      }
      if (failures.size() >= MAX_FAILURES) {
        break;
      }
    }
    return failures;
  }
}
