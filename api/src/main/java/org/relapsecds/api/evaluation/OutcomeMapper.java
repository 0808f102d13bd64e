package org.relapsecds.api.evaluation;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.relapsecds.rules.engine.Explained;
import org.relapsecds.rules.engine.KnowledgeBase;
import org.relapsecds.rules.engine.Outcome;
import org.relapsecds.rules.engine.SchemeAssessment;
import org.relapsecds.rules.model.Alert;
import org.relapsecds.rules.model.MissingData;
import org.relapsecds.rules.model.Recommendation;
import org.relapsecds.rules.model.Scheme;

/** Maps an engine {@link Outcome} to its wire form. */
final class OutcomeMapper {
  private OutcomeMapper() {}

  static EvaluationResponse toResponse(String caseId, KnowledgeBase kb, Outcome outcome) {
    Map<Scheme, EvaluationResponse.RiskView> risk = new EnumMap<>(Scheme.class);
    for (Map.Entry<Scheme, SchemeAssessment> e : outcome.risk().entrySet()) {
      SchemeAssessment a = e.getValue();
      risk.put(
          e.getKey(),
          new EvaluationResponse.RiskView(
              a.timing(), a.group(), a.groupPending(), a.hsct(), a.reason()));
    }
    return new EvaluationResponse(
        caseId,
        new EvaluationResponse.KnowledgeBaseRef(kb.version(), kb.ruleCount()),
        new EvaluationResponse.RelapseView(
            outcome.site().orElse(null),
            outcome.marrow().orElse(null),
            outcome.chronology().getMonthsFromDiagnosis(),
            outcome.chronology().getMonthsFromEndOfTherapy()),
        risk,
        outcome.recommendations().stream().map(OutcomeMapper::recommendation).toList(),
        outcome.alerts().stream().map(OutcomeMapper::alert).toList(),
        outcome.missingData().stream().map(OutcomeMapper::missing).toList(),
        outcome.firedRules().stream()
            .map(
                f ->
                    new EvaluationResponse.FiredRuleView(
                        f.rule().name(),
                        f.rule().file(),
                        f.rule().metadata(),
                        f.facts().stream().map(DerivedFactWords::of).toList()))
            .toList());
  }

  private static EvaluationResponse.RecommendationView recommendation(Explained<Recommendation> r) {
    return new EvaluationResponse.RecommendationView(
        r.item().code(),
        List.copyOf(r.item().schemes()),
        r.item().title(),
        r.item().rationale(),
        EvidenceView.of(r.evidence()),
        r.rule().name());
  }

  private static EvaluationResponse.AlertView alert(Explained<Alert> a) {
    return new EvaluationResponse.AlertView(
        a.item().code(),
        a.item().severity(),
        a.item().message(),
        EvidenceView.of(a.evidence()),
        a.rule().name());
  }

  private static EvaluationResponse.MissingDataView missing(Explained<MissingData> m) {
    return new EvaluationResponse.MissingDataView(
        m.item().field(), m.item().reason(), m.rule().name());
  }
}
