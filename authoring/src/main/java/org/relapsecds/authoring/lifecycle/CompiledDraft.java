package org.relapsecds.authoring.lifecycle;

import java.util.concurrent.atomic.AtomicReference;
import org.relapsecds.authoring.gate.GateResult;
import org.relapsecds.authoring.store.RuleSnapshot;
import org.relapsecds.rules.engine.KnowledgeBase;

/**
 * The draft as the gate validated it, kept while the draft version is unchanged: an editor who
 * looks at the impact twice, or publishes after looking, does not wait for a second compile.
 */
final class CompiledDraft {
  private record Cached(String commit, GateResult verdict) {}

  private final Gate gate;
  private final AtomicReference<Cached> cache = new AtomicReference<>();

  CompiledDraft(Gate gate) {
    this.gate = gate;
  }

  /**
   * @throws LifecycleException.DraftInvalid when the draft fails the rule check or does not compile
   */
  KnowledgeBase of(RuleSnapshot draft) {
    Cached cached = cache.get();
    GateResult verdict;
    if (cached != null && cached.commit().equals(draft.commit())) {
      verdict = cached.verdict();
    } else {
      verdict = gate.validate(draft.sources());
      cache.set(new Cached(draft.commit(), verdict));
    }
    return verdict
        .knowledgeBase()
        .orElseThrow(
            () ->
                new LifecycleException.DraftInvalid(
                    "The impact needs a draft that passes the rule check and compiles.",
                    verdict.failures()));
  }
}
