package org.relapsecds.api.authoring.gate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.relapsecds.api.authoring.lint.LintFinding;
import org.relapsecds.api.authoring.lint.SafetyLint;
import org.relapsecds.rules.engine.Compilation;
import org.relapsecds.rules.engine.CompileProblem;
import org.relapsecds.rules.engine.KnowledgeBase;
import org.relapsecds.rules.engine.KnowledgeBaseCompiler;
import org.relapsecds.rules.engine.RuleSource;

/**
 * Decides whether a set of DRL files may become the active knowledge base: the safety lint passes
 * (checked first, so unsafe Java never reaches the compiler), the files compile, and the reference
 * check holds. Collects every failing point rather than stopping at the first, so an editor can fix
 * them in one go. Has no side effects: activation is the caller's business.
 */
public final class PublishingGate {
  private final SafetyLint lint;
  private final KnowledgeBaseCompiler compiler;
  private final ReferenceCheck referenceCheck;

  public PublishingGate(
      SafetyLint lint, KnowledgeBaseCompiler compiler, ReferenceCheck referenceCheck) {
    this.lint = lint;
    this.compiler = compiler;
    this.referenceCheck = referenceCheck;
  }

  /** Lint and compile only: what the validate endpoint answers. */
  public GateResult validate(List<RuleSource> sources) {
    List<LintFinding> findings = lint.check(sources);
    List<GateFailure> failures = new ArrayList<>();
    findings.forEach(
        f -> failures.add(new GateFailure("lint", f.file(), f.line(), f.column(), f.message())));
    if (!findings.isEmpty()) {
      return new GateResult(Optional.empty(), failures, findings, List.of(), false);
    }
    Compilation compilation = compiler.compile(sources);
    for (CompileProblem p : compilation.problems()) {
      failures.add(new GateFailure("compile", p.file(), p.line(), p.column(), p.message()));
    }
    return new GateResult(
        compilation.knowledgeBase(), failures, findings, compilation.problems(), true);
  }

  /** All three steps against the knowledge base that is active now. */
  public GateResult check(List<RuleSource> sources, KnowledgeBase active) {
    GateResult validated = validate(sources);
    if (!validated.passed()) {
      return validated;
    }
    KnowledgeBase candidate = validated.knowledgeBase().orElseThrow();
    List<GateFailure> failures = referenceCheck.check(candidate, active);
    if (failures.isEmpty()) {
      return validated;
    }
    return new GateResult(Optional.empty(), failures, validated.lint(), List.of(), true);
  }

  /** The reference check in use. */
  public ReferenceCheck referenceCheck() {
    return referenceCheck;
  }
}
