package org.relapsecds.api.authoring.gate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.relapsecds.authoring.check.Finding;
import org.relapsecds.authoring.check.RuleCheck;
import org.relapsecds.rules.engine.Compilation;
import org.relapsecds.rules.engine.CompileProblem;
import org.relapsecds.rules.engine.KnowledgeBase;
import org.relapsecds.rules.engine.KnowledgeBaseCompiler;
import org.relapsecds.rules.engine.RuleSource;

/**
 * Decides whether a set of DRL files may become the active knowledge base: the rule check passes
 * (checked first, so nothing outside what a rule may say reaches the compiler), the files compile,
 * and the reference check holds. Text the DRL parser cannot read at all is handed to the compiler,
 * which stops at the same parse errors before any Java is compiled and reports them as today.
 * Collects every failing point rather than stopping at the first, so an editor can fix them in one
 * go. Has no side effects: activation is the caller's business.
 */
public final class PublishingGate {
  private final RuleCheck ruleCheck;
  private final KnowledgeBaseCompiler compiler;
  private final ReferenceCheck referenceCheck;

  public PublishingGate(
      RuleCheck ruleCheck, KnowledgeBaseCompiler compiler, ReferenceCheck referenceCheck) {
    this.ruleCheck = ruleCheck;
    this.compiler = compiler;
    this.referenceCheck = referenceCheck;
  }

  /** Lint and compile only: what the validate endpoint answers. */
  public GateResult validate(List<RuleSource> sources) {
    List<Finding> findings = ruleCheck.check(sources).stream().filter(f -> !f.isSyntax()).toList();
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

  /** The rule check in use. */
  public RuleCheck ruleCheck() {
    return ruleCheck;
  }

  /** The reference check in use. */
  public ReferenceCheck referenceCheck() {
    return referenceCheck;
  }
}
