package org.relapsecds.rules.engine;

import java.util.List;
import java.util.Optional;

/**
 * The result of compiling DRL sources: a knowledge base, or the problems that prevent one.
 *
 * @param knowledgeBase present when compilation succeeded
 * @param problems empty when compilation succeeded
 */
public record Compilation(Optional<KnowledgeBase> knowledgeBase, List<CompileProblem> problems) {
  public Compilation {
    problems = List.copyOf(problems);
  }

  static Compilation succeeded(KnowledgeBase knowledgeBase) {
    return new Compilation(Optional.of(knowledgeBase), List.of());
  }

  static Compilation failed(List<CompileProblem> problems) {
    return new Compilation(Optional.empty(), problems);
  }

  public boolean succeeded() {
    return knowledgeBase.isPresent();
  }

  /** The knowledge base; throws with the problems when compilation failed. */
  public KnowledgeBase orThrow() {
    return knowledgeBase.orElseThrow(
        () -> new IllegalStateException("knowledge base does not compile: " + problems));
  }
}
