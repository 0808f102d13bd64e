package org.relapsecds.authoring.gate;

import java.util.List;
import org.relapsecds.rules.engine.KnowledgeBase;
import org.relapsecds.rules.model.RelapseCase;

/**
 * Step 3 of the publishing gate: clinical behaviour that a new knowledge base must keep. The
 * acceptance scenarios plug in here (the api wires them); {@link VignetteReferenceCheck} checks the
 * rules module's reference cases.
 */
public interface ReferenceCheck {
  /** A short name for refusals, e.g. "reference vignettes". */
  String name();

  /**
   * The points where the candidate fails.
   *
   * @param candidate the knowledge base to publish
   * @param active the knowledge base answering now
   * @return empty when the candidate passes
   */
  List<GateFailure> check(KnowledgeBase candidate, KnowledgeBase active);

  /** Every case the check evaluates, for the impact corpus. */
  List<RelapseCase> cases(KnowledgeBase knowledgeBase);
}
