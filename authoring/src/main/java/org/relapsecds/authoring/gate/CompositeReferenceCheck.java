package org.relapsecds.authoring.gate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.relapsecds.rules.engine.KnowledgeBase;
import org.relapsecds.rules.model.RelapseCase;

/** Several reference checks as one: a candidate must pass all; their cases are pooled. */
public final class CompositeReferenceCheck implements ReferenceCheck {
  private final List<ReferenceCheck> checks;

  public CompositeReferenceCheck(List<ReferenceCheck> checks) {
    this.checks = List.copyOf(checks);
  }

  @Override
  public String name() {
    return checks.stream().map(ReferenceCheck::name).collect(Collectors.joining(" and "));
  }

  @Override
  public List<GateFailure> check(KnowledgeBase candidate, KnowledgeBase active) {
    List<GateFailure> failures = new ArrayList<>();
    checks.forEach(c -> failures.addAll(c.check(candidate, active)));
    return failures;
  }

  @Override
  public List<RelapseCase> cases(KnowledgeBase knowledgeBase) {
    LinkedHashSet<RelapseCase> cases = new LinkedHashSet<>();
    checks.forEach(c -> cases.addAll(c.cases(knowledgeBase)));
    return new ArrayList<>(cases);
  }
}
