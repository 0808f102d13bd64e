package org.relapsecds.api.authoring;

import java.util.List;
import org.relapsecds.authoring.gate.GateResult;
import org.relapsecds.authoring.gate.PublishingGate;
import org.relapsecds.authoring.lifecycle.Gate;
import org.relapsecds.rules.engine.KnowledgeBase;
import org.relapsecds.rules.engine.RuleSource;
import org.relapsecds.rules.model.RelapseCase;

/**
 * The publishing gate as the lifecycle's {@link Gate} port: delegation, plus the reference cases of
 * its reference check for the impact corpus.
 */
final class PublishingGateAdapter implements Gate {
  private final PublishingGate gate;

  PublishingGateAdapter(PublishingGate gate) {
    this.gate = gate;
  }

  @Override
  public GateResult validate(List<RuleSource> sources) {
    return gate.validate(sources);
  }

  @Override
  public GateResult check(List<RuleSource> sources, KnowledgeBase active) {
    return gate.check(sources, active);
  }

  @Override
  public List<RelapseCase> referenceCases(KnowledgeBase knowledgeBase) {
    return gate.referenceCheck().cases(knowledgeBase);
  }
}
