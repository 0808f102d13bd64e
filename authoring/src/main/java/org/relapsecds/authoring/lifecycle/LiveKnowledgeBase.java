package org.relapsecds.authoring.lifecycle;

import org.relapsecds.rules.engine.KnowledgeBase;

/** The knowledge base that answers evaluations; a publish, rollback or reload switches it. */
public interface LiveKnowledgeBase {
  /** The knowledge base answering now. */
  KnowledgeBase current();

  /** Makes a compiled knowledge base the one that answers; running evaluations are unaffected. */
  void activate(KnowledgeBase knowledgeBase);
}
