package org.relapsecds.authoring.lifecycle;

import java.util.List;
import org.relapsecds.authoring.gate.GateResult;
import org.relapsecds.rules.engine.KnowledgeBase;
import org.relapsecds.rules.engine.RuleSource;
import org.relapsecds.rules.model.RelapseCase;

/**
 * The publishing gate as the lifecycle uses it: what decides whether rule files may become the
 * active knowledge base. The lifecycle depends on this port only, so the gate (rule check, compile,
 * completion and reference checks) can be replaced in tests; what it decides is the gate's own
 * {@link GateResult}.
 */
public interface Gate {
  /** The rule check and compilation only (validate, impact). */
  GateResult validate(List<RuleSource> sources);

  /** Every step, against the knowledge base that answers now (publish, rollback, reload). */
  GateResult check(List<RuleSource> sources, KnowledgeBase active);

  /** The cases the gate's reference check evaluates, for the impact corpus. */
  List<RelapseCase> referenceCases(KnowledgeBase knowledgeBase);
}
