package org.relapsecds.api.authoring;

import java.util.List;
import org.relapsecds.authoring.gate.GateResult;
import org.relapsecds.authoring.gate.PublishingGate;
import org.relapsecds.authoring.lifecycle.Gate;
import org.relapsecds.rules.engine.KnowledgeBase;
import org.relapsecds.rules.engine.RuleSource;
import org.relapsecds.rules.model.RelapseCase;

/** The publishing gate as the lifecycle's {@link Gate} port. */
final class PublishingGateAdapter implements Gate {
  private final PublishingGate gate;

  PublishingGateAdapter(PublishingGate gate) {
    this.gate = gate;
  }

  @Override
  public Verdict validate(List<RuleSource> sources) {
    return verdict(gate.validate(sources));
  }

  @Override
  public Verdict check(List<RuleSource> sources, KnowledgeBase active) {
    return verdict(gate.check(sources, active));
  }

  @Override
  public List<RelapseCase> referenceCases(KnowledgeBase knowledgeBase) {
    return gate.referenceCheck().cases(knowledgeBase);
  }

  private static Verdict verdict(GateResult result) {
    return new Verdict(
        result.knowledgeBase(),
        result.failures().stream()
            .map(f -> new Failure(f.step(), f.file(), f.line(), f.column(), f.message()))
            .toList(),
        result.lint(),
        result.compileProblems(),
        result.compiled());
  }
}
