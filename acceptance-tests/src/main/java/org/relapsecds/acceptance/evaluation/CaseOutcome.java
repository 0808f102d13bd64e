package org.relapsecds.acceptance.evaluation;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The outcome of one evaluation in the vocabulary of the API contract (codes and enum names as
 * strings), whichever way it was obtained.
 *
 * @param site {@code ISOLATED_MARROW}, {@code COMBINED}, {@code ISOLATED_EXTRAMEDULLARY}, {@code
 *     NOT_ESTABLISHED}, or null
 * @param risk per scheme ({@code BFM}, {@code UK_R3}, {@code COG}); empty when the schemes do not
 *     apply
 * @param recommendations recommendations with their schemes and evidence
 * @param alerts alerts with severity and evidence
 * @param missingData missing facts
 * @param firedRules names of the rules that fired, in order
 */
public record CaseOutcome(
    String site,
    Map<String, SchemeResult> risk,
    List<Finding> recommendations,
    List<Finding> alerts,
    List<Missing> missingData,
    List<String> firedRules) {
  public CaseOutcome {
    risk = Map.copyOf(risk);
    recommendations = List.copyOf(recommendations);
    alerts = List.copyOf(alerts);
    missingData = List.copyOf(missingData);
    firedRules = List.copyOf(firedRules);
  }

  /**
   * The assessment under one scheme; any field may be null.
   *
   * @param timing {@code VERY_EARLY}, {@code EARLY}, {@code LATE}
   * @param group the risk group, null while pending
   * @param hsct {@code INDICATED}, {@code NOT_INDICATED}, {@code PENDING_MRD}, {@code
   *     NOT_IN_REMISSION}
   * @param reason which facts of the case decided the group and the transplant indication
   */
  public record SchemeResult(String timing, String group, String hsct, String reason) {}

  /**
   * A recommendation or an alert.
   *
   * @param code the contract code
   * @param schemes the schemes it follows from (recommendations; empty = all)
   * @param severity the alert severity, null for recommendations
   * @param text title, rationale or message: everything a clinician reads
   * @param evidence the source keys
   */
  public record Finding(
      String code, Set<String> schemes, String severity, String text, List<String> evidence) {
    public Finding {
      schemes = Set.copyOf(schemes);
      evidence = List.copyOf(evidence);
    }
  }

  /** A missing fact: its API path and what it would decide. */
  public record Missing(String field, String reason) {}
}
