package org.relapsecds.rules.treatment;

import org.relapsecds.rules.engine.BundledRules;
import org.relapsecds.rules.engine.KnowledgeBase;
import org.relapsecds.rules.engine.KnowledgeBaseCompiler;
import org.relapsecds.rules.engine.Outcome;
import org.relapsecds.rules.model.RelapseCase;

/** The bundled knowledge base, compiled once per test JVM (compiling takes seconds). */
final class TreatmentKnowledgeBase {
  private TreatmentKnowledgeBase() {}

  private static final class Holder {
    static final KnowledgeBase KNOWLEDGE_BASE =
        new KnowledgeBaseCompiler().compile(BundledRules.load()).orThrow();
  }

  static KnowledgeBase get() {
    return Holder.KNOWLEDGE_BASE;
  }

  static Outcome evaluate(RelapseCase relapseCase) {
    return get().evaluate(relapseCase);
  }
}
