package org.relapsecds.rules.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * Listens to one session: records each rule firing with what its consequence inserted, and
 * remembers which rule inserted each fact, so every outcome item carries its rule and evidence. One
 * instance per evaluation; not thread-safe.
 */
final class OutcomeCollector extends DefaultAgendaEventListener
    implements RuleRuntimeEventListener {
  // Outcome items that no rule inserted; the engine inserts none, so only foreign DRL could.
  private static final CitedRule CALLER =
      new CitedRule(new RuleDescriptor("(inserted by the caller)", "", Map.of()), List.of());

  private final RuleCatalog rules;
  private final Map<Object, CitedRule> insertedBy = new IdentityHashMap<>();
  private final Map<Object, Integer> insertionOrder = new IdentityHashMap<>();
  private final List<FiredRule> fired = new ArrayList<>();
  private List<String> currentDerived = new ArrayList<>();

  OutcomeCollector(RuleCatalog rules) {
    this.rules = rules;
  }

  @Override
  public void beforeMatchFired(BeforeMatchFiredEvent event) {
    currentDerived = new ArrayList<>();
  }

  @Override
  public void afterMatchFired(AfterMatchFiredEvent event) {
    fired.add(new FiredRule(rules.cited(event.getMatch().getRule()).rule(), currentDerived));
  }

  @Override
  public void objectInserted(ObjectInsertedEvent event) {
    if (event.getRule() != null) {
      insertedBy.put(event.getObject(), rules.cited(event.getRule()));
      insertionOrder.put(event.getObject(), insertionOrder.size());
      currentDerived.add(String.valueOf(event.getObject()));
    }
  }

  @Override
  public void objectUpdated(ObjectUpdatedEvent event) {
    // Derived facts are immutable; nothing to record.
  }

  @Override
  public void objectDeleted(ObjectDeletedEvent event) {
    insertedBy.remove(event.getOldObject());
  }

  Outcome outcome(String version, RelapseChronology chronology, Collection<?> facts) {
    Optional<MarrowGrade> marrow = Optional.empty();
    Optional<SiteClass> site = Optional.empty();
    Map<Scheme, SchemeAssessment> risk = new EnumMap<>(Scheme.class);
    List<Explained<Recommendation>> recommendations = new ArrayList<>();
    List<Explained<Alert>> alerts = new ArrayList<>();
    List<Explained<MissingData>> missing = new ArrayList<>();
    for (Object fact : facts) {
      if (fact instanceof MarrowStatus m) {
        marrow = Optional.of(m.grade());
      } else if (fact instanceof RelapseSite s) {
        site = Optional.of(s.siteClass());
      } else if (fact instanceof RelapseTiming t) {
        risk.merge(t.scheme(), new SchemeAssessment(t.category(), null, null, null), this::merge);
      } else if (fact instanceof RiskGroup g) {
        risk.merge(g.scheme(), new SchemeAssessment(null, g.stratum(), null, null), this::merge);
      } else if (fact instanceof RiskGroupPending p) {
        risk.merge(p.scheme(), new SchemeAssessment(null, null, p.candidates(), null), this::merge);
      } else if (fact instanceof HsctIndication h) {
        risk.merge(h.scheme(), new SchemeAssessment(null, null, null, h.decision()), this::merge);
      } else if (fact instanceof Recommendation r) {
        recommendations.add(explain(r));
      } else if (fact instanceof Alert a) {
        alerts.add(explain(a));
      } else if (fact instanceof MissingData d) {
        missing.add(explain(d));
      }
    }
    // Working memory has no useful order; firing order is what a reader follows.
    recommendations.sort(byFiring());
    alerts.sort(byFiring());
    missing.sort(byFiring());
    return new Outcome(
        version, chronology, marrow, site, risk, recommendations, alerts, missing, fired);
  }

  private <T> Comparator<Explained<T>> byFiring() {
    return Comparator.comparingInt(e -> insertionOrder.getOrDefault(e.item(), Integer.MAX_VALUE));
  }

  private SchemeAssessment merge(SchemeAssessment a, SchemeAssessment b) {
    return new SchemeAssessment(
        a.timing() != null ? a.timing() : b.timing(),
        a.group() != null ? a.group() : b.group(),
        a.groupPending() != null ? a.groupPending() : b.groupPending(),
        a.hsct() != null ? a.hsct() : b.hsct());
  }

  private <T> Explained<T> explain(T item) {
    CitedRule rule = insertedBy.getOrDefault(item, CALLER);
    return new Explained<>(item, rule.rule(), rule.evidence());
  }
}
