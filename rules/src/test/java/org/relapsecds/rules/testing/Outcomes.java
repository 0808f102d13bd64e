package org.relapsecds.rules.testing;

import java.util.List;
import java.util.Optional;
import org.relapsecds.rules.engine.Explained;
import org.relapsecds.rules.engine.Outcome;
import org.relapsecds.rules.engine.SchemeAssessment;
import org.relapsecds.rules.model.Alert;
import org.relapsecds.rules.model.AlertCode;
import org.relapsecds.rules.model.HsctDecision;
import org.relapsecds.rules.model.MissingData;
import org.relapsecds.rules.model.Recommendation;
import org.relapsecds.rules.model.RecommendationCode;
import org.relapsecds.rules.model.RiskStratum;
import org.relapsecds.rules.model.Scheme;
import org.relapsecds.rules.model.TimingCategory;

/** Readable accessors over an {@link Outcome} for assertions. */
public final class Outcomes {
  private Outcomes() {}

  public static TimingCategory timing(Outcome outcome, Scheme scheme) {
    return outcome.assessment(scheme).map(SchemeAssessment::timing).orElse(null);
  }

  public static RiskStratum group(Outcome outcome, Scheme scheme) {
    return outcome.assessment(scheme).map(SchemeAssessment::group).orElse(null);
  }

  public static String groupPending(Outcome outcome, Scheme scheme) {
    return outcome.assessment(scheme).map(SchemeAssessment::groupPending).orElse(null);
  }

  public static HsctDecision hsct(Outcome outcome, Scheme scheme) {
    return outcome.assessment(scheme).map(SchemeAssessment::hsct).orElse(null);
  }

  public static List<Alert> alerts(Outcome outcome, AlertCode code) {
    return outcome.alerts().stream().map(Explained::item).filter(a -> a.code() == code).toList();
  }

  public static List<Recommendation> recommendations(Outcome outcome, RecommendationCode code) {
    return outcome.recommendations().stream()
        .map(Explained::item)
        .filter(r -> r.code() == code)
        .toList();
  }

  public static List<MissingData> missing(Outcome outcome, String field) {
    return outcome.missingData().stream()
        .map(Explained::item)
        .filter(m -> m.field().equals(field))
        .toList();
  }

  /** How many facts whose text starts with the prefix the rules inserted, over all firings. */
  public static long derivedCount(Outcome outcome, String prefix) {
    return outcome.firedRules().stream()
        .flatMap(f -> f.derived().stream())
        .filter(d -> d.startsWith(prefix))
        .count();
  }

  public static Optional<String> firstFiredRuleNamed(Outcome outcome, String name) {
    return outcome.firedRules().stream().map(f -> f.rule().name()).filter(name::equals).findFirst();
  }
}
