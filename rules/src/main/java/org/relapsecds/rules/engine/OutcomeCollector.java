package org.relapsecds.rules.engine;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BinaryOperator;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.relapsecds.rules.model.Alert;
import org.relapsecds.rules.model.HsctIndication;
import org.relapsecds.rules.model.MarrowGrade;
import org.relapsecds.rules.model.MarrowStatus;
import org.relapsecds.rules.model.MissingData;
import org.relapsecds.rules.model.Recommendation;
import org.relapsecds.rules.model.RelapseChronology;
import org.relapsecds.rules.model.RelapseSite;
import org.relapsecds.rules.model.RelapseTiming;
import org.relapsecds.rules.model.RiskGroup;
import org.relapsecds.rules.model.RiskGroupPending;
import org.relapsecds.rules.model.Scheme;
import org.relapsecds.rules.model.SiteClass;

/**
 * Listens to one session: records each rule firing with what its consequence inserted, and every
 * fact with the rule that inserted it, so every outcome item carries its rule and evidence. One
 * instance per evaluation; not thread-safe.
 *
 * <p>The facts come from the insert events rather than from the session afterwards: the events
 * arrive in firing order, which is the order a reader follows, and already name the rule, so the
 * outcome needs neither a copy of working memory nor a sort.
 */
final class OutcomeCollector extends DefaultAgendaEventListener
    implements RuleRuntimeEventListener {
  // Outcome items that no rule inserted; the engine inserts none, so only foreign DRL could.
  private static final CitedRule CALLER =
      new CitedRule(new RuleDescriptor("(inserted by the caller)", "", Map.of()), List.of());

  // Combines the facts of one scheme (timing, group, transplant) into one assessment.
  private static final BinaryOperator<SchemeAssessment> MERGE =
      (a, b) ->
          new SchemeAssessment(
              a.timing() != null ? a.timing() : b.timing(),
              a.group() != null ? a.group() : b.group(),
              a.groupPending() != null ? a.groupPending() : b.groupPending(),
              a.hsct() != null ? a.hsct() : b.hsct(),
              null);

  private final RuleCatalog rules;
  // The facts in working memory, in insertion order: those rules inserted, then the others.
  private final List<Inserted> byRules = new ArrayList<>();
  private final List<Inserted> byOthers = new ArrayList<>();
  private final List<FiredRule> fired = new ArrayList<>();
  // What the firing rule inserted so far; FiredRule keeps a copy, so one list serves all firings.
  private final List<Object> currentDerived = new ArrayList<>();
  // The case facts that decided the firing rule, in words (DecidingFacts).
  private List<String> currentDeciding = List.of();

  /** A fact in working memory, the rule that inserted it and the facts that decided that rule. */
  private record Inserted(Object fact, CitedRule rule, List<String> deciding) {}

  // Checked before every firing, on the evaluating thread, because Drools' single-threaded
  // sessions must not be halted from another.
  private final EvaluationDeadline deadline;
  private boolean pastDeadline;

  OutcomeCollector(RuleCatalog rules, EvaluationDeadline deadline) {
    this.rules = rules;
    this.deadline = deadline;
  }

  @Override
  public void beforeMatchFired(BeforeMatchFiredEvent event) {
    currentDerived.clear();
    currentDeciding = DecidingFacts.of(event.getMatch());
    if (!pastDeadline && deadline.passed()) {
      pastDeadline = true;
      event.getKieRuntime().halt(); // stops after this firing
    }
  }

  /** Whether a firing was due after the deadline (the session was halted). */
  boolean pastDeadline() {
    return pastDeadline;
  }

  /** Number of rule firings so far. */
  int firings() {
    return fired.size();
  }

  /** The names of the rules that fired most often, most frequent first, at most {@code max}. */
  List<String> mostFired(int max) {
    Map<String, Integer> counts = new java.util.LinkedHashMap<>();
    fired.forEach(f -> counts.merge(f.rule().name(), 1, Integer::sum));
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .limit(max)
        .map(Map.Entry::getKey)
        .toList();
  }

  @Override
  public void afterMatchFired(AfterMatchFiredEvent event) {
    fired.add(new FiredRule(rules.cited(event.getMatch().getRule()).rule(), currentDerived));
  }

  @Override
  public void objectInserted(ObjectInsertedEvent event) {
    Object fact = event.getObject();
    if (event.getRule() != null) {
      byRules.add(new Inserted(fact, rules.cited(event.getRule()), currentDeciding));
      currentDerived.add(fact);
    } else {
      byOthers.add(new Inserted(fact, CALLER, List.of()));
    }
  }

  @Override
  public void objectUpdated(ObjectUpdatedEvent event) {
    // Derived facts are immutable records, so no bundled rule updates one. Should foreign DRL
    // replace a fact by another object, the new one is no longer the inserting rule's.
    if (event.getObject() != event.getOldObject()) {
      forget(event.getOldObject());
      byOthers.add(new Inserted(event.getObject(), CALLER, List.of()));
    }
  }

  @Override
  public void objectDeleted(ObjectDeletedEvent event) {
    forget(event.getOldObject()); // no bundled rule deletes; a linear search is cheap enough
  }

  private void forget(Object fact) {
    byRules.removeIf(i -> i.fact() == fact);
    byOthers.removeIf(i -> i.fact() == fact);
  }

  // The deciding facts of every insertion of the same recommendation by the same rule, in order.
  private List<String> mergedDeciding(Recommendation r, Inserted first) {
    List<String> all = new ArrayList<>();
    for (Inserted i : byRules) {
      if (i.fact().equals(r) && i.rule().rule().equals(first.rule().rule())) {
        for (String phrase : i.deciding()) {
          if (!all.contains(phrase)) {
            all.add(phrase);
          }
        }
      }
    }
    return all.isEmpty() ? first.deciding() : all;
  }

  Outcome outcome(String version, RelapseChronology chronology) {
    Optional<MarrowGrade> marrow = Optional.empty();
    Optional<SiteClass> site = Optional.empty();
    Map<Scheme, SchemeAssessment> risk = new EnumMap<>(Scheme.class);
    SchemeReasons reasons = new SchemeReasons();
    Set<List<Object>> listed = new HashSet<>();
    List<Explained<Recommendation>> recommendations = new ArrayList<>();
    List<Explained<Alert>> alerts = new ArrayList<>();
    List<Explained<MissingData>> missing = new ArrayList<>();
    for (List<Inserted> facts : List.of(byRules, byOthers)) {
      for (Inserted inserted : facts) {
        Object fact = inserted.fact();
        if (fact instanceof MarrowStatus m) {
          marrow = Optional.of(m.grade());
        } else if (fact instanceof RelapseSite s) {
          site = Optional.of(s.siteClass());
        } else if (fact instanceof RelapseTiming t) {
          risk.merge(t.scheme(), new SchemeAssessment(t.category(), null, null, null, null), MERGE);
        } else if (fact instanceof RiskGroup g) {
          risk.merge(g.scheme(), new SchemeAssessment(null, g.stratum(), null, null, null), MERGE);
          reasons.group(g.scheme(), g.stratum().name(), inserted.deciding());
        } else if (fact instanceof RiskGroupPending p) {
          risk.merge(
              p.scheme(), new SchemeAssessment(null, null, p.candidates(), null, null), MERGE);
          reasons.group(p.scheme(), p.candidates() + " (pending)", inserted.deciding());
        } else if (fact instanceof HsctIndication h) {
          risk.merge(h.scheme(), new SchemeAssessment(null, null, null, h.decision(), null), MERGE);
          reasons.hsct(h, inserted.rule().rule().name(), inserted.deciding());
        } else if (fact instanceof Recommendation r) {
          addOrMerge(recommendations, listed, r, inserted);
        } else if (fact instanceof Alert a) {
          alerts.add(explain(a, inserted.rule()));
        } else if (fact instanceof MissingData d) {
          missing.add(explain(d, inserted.rule()));
        }
      }
    }
    risk.replaceAll((scheme, a) -> reasons.withReason(scheme, a));
    recommendations.replaceAll(r -> reasons.withCaseFacts(r));
    return new Outcome(
        version, chronology, marrow, site, risk, recommendations, alerts, missing, fired);
  }

  /**
   * A rule that fires once per deciding fact (e.g. per refractory / later / post-HSCT setting)
   * inserts the same recommendation each time: the outcome lists it once, naming every deciding
   * fact. The trace keeps every firing.
   */
  private void addOrMerge(
      List<Explained<Recommendation>> recommendations,
      Set<List<Object>> listed,
      Recommendation r,
      Inserted inserted) {
    if (!listed.add(List.of(inserted.rule().rule(), r))) {
      return; // listed already, with the deciding facts of all its insertions (mergedDeciding)
    }
    recommendations.add(
        new Explained<>(
            SchemeReasons.decidedBy(r, mergedDeciding(r, inserted)),
            inserted.rule().rule(),
            inserted.rule().evidence()));
  }

  private static <T> Explained<T> explain(T item, CitedRule rule) {
    return new Explained<>(item, rule.rule(), rule.evidence());
  }
}
