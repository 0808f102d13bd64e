package org.relapsecds.authoring.gate;

import java.util.List;
import java.util.Optional;
import org.relapsecds.authoring.check.Finding;
import org.relapsecds.rules.engine.CompileProblem;
import org.relapsecds.rules.engine.KnowledgeBase;

/**
 * What the publishing gate decided.
 *
 * @param knowledgeBase the compiled candidate when it passed every step
 * @param failures every failing point, in step order; empty when it passed
 * @param lint the rule check's findings (step 1)
 * @param compileProblems the compile problems (step 2); empty when it was not compiled
 * @param compiled whether the candidate reached the compiler (unsafe text never does)
 */
public record GateResult(
    Optional<KnowledgeBase> knowledgeBase,
    List<GateFailure> failures,
    List<Finding> lint,
    List<CompileProblem> compileProblems,
    boolean compiled) {
  public GateResult {
    failures = List.copyOf(failures);
    lint = List.copyOf(lint);
    compileProblems = List.copyOf(compileProblems);
  }

  public boolean passed() {
    return knowledgeBase.isPresent() && failures.isEmpty();
  }
}
