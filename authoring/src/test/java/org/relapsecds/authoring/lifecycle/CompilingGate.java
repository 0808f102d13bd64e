package org.relapsecds.authoring.lifecycle;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.relapsecds.authoring.check.Finding;
import org.relapsecds.authoring.check.RuleCheck;
import org.relapsecds.authoring.gate.GateFailure;
import org.relapsecds.authoring.gate.GateResult;
import org.relapsecds.rules.engine.Compilation;
import org.relapsecds.rules.engine.KnowledgeBase;
import org.relapsecds.rules.engine.KnowledgeBaseCompiler;
import org.relapsecds.rules.engine.RuleSource;
import org.relapsecds.rules.model.RelapseCase;

/**
 * A real gate of the first two steps (rule check, compile) without reference checks, for testing
 * the lifecycle without the api's gate; a rule file named {@code refused-by-reference.drl} is
 * refused by a stand-in reference step, so a refusal after compiling can be tested.
 */
final class CompilingGate implements Gate {
  static final String REFUSED_FILE = "refused-by-reference.drl";

  final RuleCheck ruleCheck = RuleCheck.standard();
  private final KnowledgeBaseCompiler compiler = new KnowledgeBaseCompiler();

  @Override
  public GateResult validate(List<RuleSource> sources) {
    List<Finding> findings = ruleCheck.check(sources).stream().filter(f -> !f.isSyntax()).toList();
    List<GateFailure> failures = new ArrayList<>();
    findings.forEach(
        f -> failures.add(new GateFailure("lint", f.file(), f.line(), f.column(), f.message())));
    if (!findings.isEmpty()) {
      return new GateResult(Optional.empty(), failures, findings, List.of(), false);
    }
    Compilation compilation = compiler.compile(sources);
    compilation
        .problems()
        .forEach(
            p ->
                failures.add(
                    new GateFailure("compile", p.file(), p.line(), p.column(), p.message())));
    return new GateResult(
        compilation.knowledgeBase(), failures, findings, compilation.problems(), true);
  }

  @Override
  public GateResult check(List<RuleSource> sources, KnowledgeBase active) {
    GateResult validated = validate(sources);
    if (validated.passed() && sources.stream().anyMatch(s -> s.file().equals(REFUSED_FILE))) {
      return new GateResult(
          Optional.empty(),
          List.of(new GateFailure("reference", null, 0, 0, "the reference check says no")),
          List.of(),
          List.of(),
          true);
    }
    return validated;
  }

  @Override
  public List<RelapseCase> referenceCases(KnowledgeBase knowledgeBase) {
    return List.of();
  }
}
