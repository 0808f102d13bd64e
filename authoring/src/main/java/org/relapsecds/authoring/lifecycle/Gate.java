package org.relapsecds.authoring.lifecycle;

import java.util.List;
import java.util.Optional;
import org.relapsecds.authoring.check.Finding;
import org.relapsecds.rules.engine.CompileProblem;
import org.relapsecds.rules.engine.KnowledgeBase;
import org.relapsecds.rules.engine.RuleSource;
import org.relapsecds.rules.model.RelapseCase;

/**
 * The publishing gate as the lifecycle uses it: what decides whether rule files may become the
 * active knowledge base. The lifecycle depends on this port only, so the gate (rule check, compile,
 * completion and reference checks) can live and change elsewhere.
 */
public interface Gate {
  /** The rule check and compilation only (validate, impact). */
  Verdict validate(List<RuleSource> sources);

  /** Every step, against the knowledge base that answers now (publish, rollback, reload). */
  Verdict check(List<RuleSource> sources, KnowledgeBase active);

  /** The cases the gate's reference check evaluates, for the impact corpus. */
  List<RelapseCase> referenceCases(KnowledgeBase knowledgeBase);

  /**
   * One reason the gate refused.
   *
   * @param step {@code lint}, {@code compile}, {@code limits}, {@code scenarios}, {@code reference}
   *     or {@code time-limit}
   * @param file the rule file, or null when the point is not about one file
   * @param line 1-based line, 0 when unknown
   * @param column 1-based column, 0 when unknown
   * @param message a plain explanation
   */
  record Failure(String step, String file, int line, int column, String message) {}

  /**
   * What the gate decided.
   *
   * @param knowledgeBase the compiled candidate when it passed every step asked for
   * @param failures every failing point, in step order; empty when it passed
   * @param lint the rule check's findings
   * @param compileProblems the compile problems; empty when it was not compiled
   * @param compiled whether the candidate reached the compiler (unsafe text never does)
   */
  record Verdict(
      Optional<KnowledgeBase> knowledgeBase,
      List<Failure> failures,
      List<Finding> lint,
      List<CompileProblem> compileProblems,
      boolean compiled) {
    public Verdict {
      failures = List.copyOf(failures);
      lint = List.copyOf(lint);
      compileProblems = List.copyOf(compileProblems);
    }

    public boolean passed() {
      return knowledgeBase.isPresent() && failures.isEmpty();
    }
  }
}
