package org.relapsecds.rules.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.relapsecds.rules.model.RelapseCase;
import org.relapsecds.rules.model.RelapseChronology;

/**
 * A compiled, immutable set of rules; shared by all threads.
 *
 * <p>{@link #evaluate} never compiles; each evaluation borrows a session of its own from a pool and
 * resets it afterwards, so evaluations run in parallel without sharing state. The version is a
 * content hash of the sources: the same files give the same version on every machine.
 */
public final class KnowledgeBase {
  private final String version;
  private final List<RuleSource> sources;
  private final RuleCatalog rules;
  private final SessionPool sessions;
  private final EvaluationLimits limits;

  KnowledgeBase(
      String version,
      List<RuleSource> sources,
      KieBase kieBase,
      RuleCatalog rules,
      EvaluationLimits limits) {
    this.version = version;
    this.sources = List.copyOf(sources);
    this.rules = rules;
    this.sessions = new SessionPool(kieBase);
    this.limits = limits;
  }

  /** The limits every evaluation of this knowledge base runs under. */
  public EvaluationLimits limits() {
    return limits;
  }

  /** Content hash of the sources (12 hex digits of SHA-256). */
  public String version() {
    return version;
  }

  /** The DRL files this knowledge base was compiled from. */
  public List<RuleSource> sources() {
    return sources;
  }

  /** Number of rules. */
  public int ruleCount() {
    return rules.size();
  }

  /** Every rule with its metadata, ordered by file and name. */
  public List<RuleDescriptor> rules() {
    List<RuleDescriptor> list = new ArrayList<>();
    rules.all().forEach(r -> list.add(r.rule()));
    list.sort(
        java.util.Comparator.comparing(RuleDescriptor::file).thenComparing(RuleDescriptor::name));
    return list;
  }

  /** The literature registry used to resolve {@code @evidence} keys. */
  public EvidenceSources evidenceSources() {
    return rules.evidenceSources();
  }

  /**
   * Runs the rules over one case.
   *
   * @param relapseCase a valid case
   * @return the derived facts, outcome items and fired-rule trace
   * @throws EvaluationLimitExceededException when the rules fire more often or run longer than
   *     {@link #limits()} allow; the session is discarded
   */
  public Outcome evaluate(RelapseCase relapseCase) {
    return EngineClassLoader.call(() -> evaluateInSession(relapseCase));
  }

  private Outcome evaluateInSession(RelapseCase relapseCase) {
    EvaluationDeadline deadline = new EvaluationDeadline(limits.budget().toNanos());
    KieSession session = sessions.borrow();
    boolean finished = false;
    try {
      OutcomeCollector collector = new OutcomeCollector(rules, deadline);
      session.addEventListener((org.kie.api.event.rule.AgendaEventListener) collector);
      session.addEventListener((org.kie.api.event.rule.RuleRuntimeEventListener) collector);
      RelapseChronology chronology = RelapseChronology.of(relapseCase);
      session.insert(relapseCase);
      session.insert(chronology);
      // One more than allowed, so that reaching the limit is told apart from ending on it.
      int fired = session.fireAllRules(limits.maxRuleFirings() + 1);
      long elapsed = deadline.elapsedNanos();
      if (fired > limits.maxRuleFirings()) {
        throw exceeded(EvaluationLimitExceededException.Limit.RULE_FIRINGS, collector, elapsed);
      }
      if (collector.pastDeadline() || deadline.passed()) {
        throw exceeded(EvaluationLimitExceededException.Limit.TIME_BUDGET, collector, elapsed);
      }
      finished = true;
      return collector.outcome(version, chronology);
    } catch (RuntimeException e) {
      finished = !(e instanceof EvaluationLimitExceededException);
      throw e;
    } finally {
      if (finished) {
        session.dispose(); // resets the session, listeners included, and returns it to the pool
      } else {
        sessions.discard(session);
      }
    }
  }

  private EvaluationLimitExceededException exceeded(
      EvaluationLimitExceededException.Limit limit, OutcomeCollector collector, long nanos) {
    return new EvaluationLimitExceededException(
        version, limit, collector.mostFired(5), collector.firings(), Duration.ofNanos(nanos));
  }

  /** The session pool; for tests that inspect reuse. */
  SessionPool sessions() {
    return sessions;
  }
}
