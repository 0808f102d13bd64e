package org.relapsecds.acceptance.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.relapsecds.rules.engine.Evidence;
import org.relapsecds.rules.engine.Explained;
import org.relapsecds.rules.engine.KnowledgeBase;
import org.relapsecds.rules.engine.Outcome;
import org.relapsecds.rules.engine.SchemeAssessment;
import org.relapsecds.rules.model.Alert;
import org.relapsecds.rules.model.FieldViolation;
import org.relapsecds.rules.model.InvalidCaseException;
import org.relapsecds.rules.model.Recommendation;
import org.relapsecds.rules.model.RelapseCase;

/**
 * Evaluates cases directly against a {@link KnowledgeBase}: no server, no JSON. Bad input is
 * whatever the {@link RelapseCase} builder rejects.
 */
public final class InProcessCaseEvaluator implements CaseEvaluator {
  /** Told about every case evaluated, e.g. to record which rules each scenario fired. */
  @FunctionalInterface
  public interface Listener {
    void evaluated(RelapseCase relapseCase, Outcome outcome);
  }

  private final KnowledgeBase knowledgeBase;
  private final Listener listener;

  public InProcessCaseEvaluator(KnowledgeBase knowledgeBase) {
    this(knowledgeBase, (c, o) -> {});
  }

  public InProcessCaseEvaluator(KnowledgeBase knowledgeBase, Listener listener) {
    this.knowledgeBase = knowledgeBase;
    this.listener = listener;
  }

  @Override
  public EvaluationResult evaluate(ClinicalCase clinicalCase) {
    if (clinicalCase.onlyOnTheWire()) {
      // Such scenarios are tagged @http-only and never reach here in-process; one that does is
      // mis-tagged, and fails rather than passing unchecked.
      throw new IllegalStateException(
          "This scenario sends input that only JSON can carry: tag it @http-only.");
    }
    RelapseCase relapseCase;
    try {
      relapseCase = clinicalCase.toRelapseCase();
    } catch (InvalidCaseException e) {
      List<String> fields = e.violations().stream().map(FieldViolation::field).toList();
      return new EvaluationResult.Rejected(fields, e.getMessage());
    }
    Outcome outcome = knowledgeBase.evaluate(relapseCase);
    listener.evaluated(relapseCase, outcome);
    return new EvaluationResult.Evaluated(view(outcome));
  }

  @Override
  public String describe() {
    return "in-process, knowledge base " + knowledgeBase.version();
  }

  static CaseOutcome view(Outcome outcome) {
    Map<String, CaseOutcome.SchemeResult> risk = new LinkedHashMap<>();
    outcome.risk().forEach((scheme, a) -> risk.put(scheme.name(), schemeResult(a)));
    List<CaseOutcome.Finding> recommendations = new ArrayList<>();
    for (Explained<Recommendation> e : outcome.recommendations()) {
      Recommendation r = e.item();
      Set<String> schemes = new TreeSet<>();
      r.schemes().forEach(s -> schemes.add(s.name()));
      recommendations.add(
          new CaseOutcome.Finding(
              r.code().name(), schemes, null, r.title() + "\n" + r.rationale(), keys(e)));
    }
    List<CaseOutcome.Finding> alerts = new ArrayList<>();
    for (Explained<Alert> e : outcome.alerts()) {
      Alert a = e.item();
      alerts.add(
          new CaseOutcome.Finding(
              a.code().name(), Set.of(), a.severity().name(), a.message(), keys(e)));
    }
    List<CaseOutcome.Missing> missing =
        outcome.missingData().stream()
            .map(e -> new CaseOutcome.Missing(e.item().field(), e.item().reason()))
            .toList();
    List<String> fired = outcome.firedRules().stream().map(f -> f.rule().name()).toList();
    return new CaseOutcome(
        outcome.site().map(Enum::name).orElse(null), risk, recommendations, alerts, missing, fired);
  }

  private static CaseOutcome.SchemeResult schemeResult(SchemeAssessment a) {
    return new CaseOutcome.SchemeResult(
        a.timing() == null ? null : a.timing().name(),
        a.group() == null ? null : a.group().name(),
        a.hsct() == null ? null : a.hsct().name(),
        a.reason());
  }

  private static List<String> keys(Explained<?> e) {
    return e.evidence().stream().map(Evidence::key).toList();
  }
}
