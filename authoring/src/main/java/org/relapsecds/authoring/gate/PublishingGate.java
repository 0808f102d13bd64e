package org.relapsecds.authoring.gate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
  private final CompletionCheck completionCheck;
  private final Duration timeLimit;
  // One daemon thread per check, so that a check past its time limit can be abandoned: the caller
  // (holding the authoring lock) returns at the limit whatever the check is doing.
  private final ThreadFactory checkThreads =
      task -> {
        Thread thread = new Thread(task, "publishing-gate");
        thread.setDaemon(true);
        return thread;
      };

  /** A gate without a completion check or time limit (tests of the lint and compile steps). */
  public PublishingGate(
      RuleCheck ruleCheck, KnowledgeBaseCompiler compiler, ReferenceCheck referenceCheck) {
    this(
        ruleCheck,
        compiler,
        referenceCheck,
        new CompletionCheck(kb -> List.of()),
        Duration.ofDays(1));
  }

  /**
   * @param completionCheck run before the reference check: every reference case must finish
   * @param timeLimit how long the completion and reference checks may take together
   */
  public PublishingGate(
      RuleCheck ruleCheck,
      KnowledgeBaseCompiler compiler,
      ReferenceCheck referenceCheck,
      CompletionCheck completionCheck,
      Duration timeLimit) {
    this.ruleCheck = ruleCheck;
    this.compiler = compiler;
    this.referenceCheck = referenceCheck;
    this.completionCheck = completionCheck;
    this.timeLimit = timeLimit;
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
    List<GateFailure> failures = withinTimeLimit(() -> checks(candidate, active));
    if (failures.isEmpty()) {
      return validated;
    }
    return new GateResult(Optional.empty(), failures, validated.lint(), List.of(), true);
  }

  /** The rule check in use. */
  public RuleCheck ruleCheck() {
    return ruleCheck;
  }

  private List<GateFailure> checks(KnowledgeBase candidate, KnowledgeBase active) {
    List<GateFailure> failures = completionCheck.check(candidate);
    // rules that do not finish would fail the clinical checks case by case, at a budget each
    return failures.isEmpty() ? referenceCheck.check(candidate, active) : failures;
  }

  /**
   * Runs the checks on a thread of their own and waits at most the time limit; past it the checks
   * are interrupted and abandoned (each evaluation they still run is bounded by the limits) and the
   * candidate refused.
   */
  private List<GateFailure> withinTimeLimit(Callable<List<GateFailure>> checks) {
    FutureTask<List<GateFailure>> task = new FutureTask<>(checks);
    checkThreads.newThread(task).start();
    try {
      return task.get(timeLimit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      task.cancel(true);
      return List.of(
          new GateFailure(
              "time-limit",
              null,
              0,
              0,
              "the publishing gate did not finish within "
                  + timeLimit.toSeconds()
                  + " s (evaluating the reference cases and scenarios); the rules were not"
                  + " activated"));
    } catch (InterruptedException e) {
      task.cancel(true);
      Thread.currentThread().interrupt();
      return List.of(new GateFailure("time-limit", null, 0, 0, "the publish was interrupted"));
    } catch (ExecutionException e) {
      return List.of(
          new GateFailure(
              "reference",
              null,
              0,
              0,
              "the checks failed (" + e.getCause().getClass().getSimpleName() + ")"));
    }
  }

  /** The reference check in use. */
  public ReferenceCheck referenceCheck() {
    return referenceCheck;
  }
}
