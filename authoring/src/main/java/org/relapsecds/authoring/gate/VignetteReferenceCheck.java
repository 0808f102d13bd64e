package org.relapsecds.authoring.gate;

import java.util.ArrayList;
import java.util.List;
import org.relapsecds.rules.engine.KnowledgeBase;
import org.relapsecds.rules.engine.Outcome;
import org.relapsecds.rules.model.RelapseCase;
import org.relapsecds.rules.reference.Expectation;
import org.relapsecds.rules.reference.ReferenceCase;
import org.relapsecds.rules.reference.ReferenceCases;

/**
 * The reference cases of the rules module (the vignettes of the clinical specification, section 9,
 * and the cases of its version 2 changes) with their expected site, timing, risk group and
 * transplant indication per scheme, read from {@link ReferenceCases}.
 *
 * <p>The check refuses a candidate that breaks an expectation the active knowledge base meets (a
 * regression). An expectation that neither meets is not reported here: the active rules already
 * fail it, and refusing every draft for it would block the very edit that repairs it. The bundled
 * rules meet all of them, so from a bundled start this is the strict check.
 */
public final class VignetteReferenceCheck implements ReferenceCheck {
  private final List<ReferenceCase> referenceCases;

  /** The bundled reference cases. */
  public VignetteReferenceCheck() {
    this(ReferenceCases.load());
  }

  public VignetteReferenceCheck(List<ReferenceCase> referenceCases) {
    this.referenceCases = List.copyOf(referenceCases);
  }

  @Override
  public String name() {
    return "reference vignettes (clinical specification, sections 9 and 10)";
  }

  @Override
  public List<RelapseCase> cases(KnowledgeBase knowledgeBase) {
    return referenceCases.stream().map(ReferenceCase::facts).toList();
  }

  @Override
  public List<GateFailure> check(KnowledgeBase candidate, KnowledgeBase active) {
    List<GateFailure> failures = new ArrayList<>();
    for (ReferenceCase referenceCase : referenceCases) {
      Outcome draft = evaluate(candidate, referenceCase.facts());
      Outcome now = evaluate(active, referenceCase.facts());
      for (Expectation e : referenceCase.expectations()) {
        if (now != null && e.metBy(now) && (draft == null || !e.metBy(draft))) {
          failures.add(
              new GateFailure(
                  "reference",
                  null,
                  0,
                  0,
                  "Vignette \""
                      + referenceCase.title()
                      + "\" ("
                      + referenceCase.id()
                      + "): "
                      + e.label()
                      + ": expected "
                      + shown(e.expected())
                      + ", the draft gives "
                      + (draft == null ? "an evaluation error" : shown(e.actual(draft)))
                      + " (the active rules give "
                      + shown(e.expected())
                      + ")"));
        }
      }
    }
    return failures;
  }

  private static String shown(String value) {
    return value == null ? "nothing" : value;
  }

  private static Outcome evaluate(KnowledgeBase kb, RelapseCase relapseCase) {
    try {
      return kb.evaluate(relapseCase);
    } catch (RuntimeException e) {
      return null;
    }
  }
}
