package org.relapsecds.authoring.lifecycle;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.relapsecds.authoring.check.Finding;
import org.relapsecds.authoring.check.RuleCheck;
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
  public Verdict validate(List<RuleSource> sources) {
    List<Finding> findings = ruleCheck.check(sources).stream().filter(f -> !f.isSyntax()).toList();
    List<Failure> failures = new ArrayList<>();
    findings.forEach(
        f -> failures.add(new Failure("lint", f.file(), f.line(), f.column(), f.message())));
    if (!findings.isEmpty()) {
      return new Verdict(Optional.empty(), failures, findings, List.of(), false);
    }
    Compilation compilation = compiler.compile(sources);
    compilation
        .problems()
        .forEach(
            p -> failures.add(new Failure("compile", p.file(), p.line(), p.column(), p.message())));
    return new Verdict(
        compilation.knowledgeBase(), failures, findings, compilation.problems(), true);
  }

  @Override
  public Verdict check(List<RuleSource> sources, KnowledgeBase active) {
    Verdict validated = validate(sources);
    if (validated.passed() && sources.stream().anyMatch(s -> s.file().equals(REFUSED_FILE))) {
      return new Verdict(
          Optional.empty(),
          List.of(new Failure("reference", null, 0, 0, "the reference check says no")),
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
