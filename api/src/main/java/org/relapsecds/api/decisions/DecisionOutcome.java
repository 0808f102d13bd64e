package org.relapsecds.api.decisions;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.relapsecds.api.evaluation.EvaluationResponse;

/**
 * What the decision log keeps of an outcome: enough to say what the platform advised, under which
 * rules, without the texts and citations a knowledge-base version determines anyway. Codes are
 * text, not enums, so a record stays readable after a code is retired.
 *
 * @param site site class, or null
 * @param marrowGrade M1, M2 or M3, or null
 * @param risk per scheme; empty when the schemes do not apply
 * @param recommendations recommendation codes in firing order
 * @param alerts alert codes in firing order
 * @param missingData API paths of the missing facts
 * @param firedRules names of the rules that fired, in order
 */
@Schema(name = "DecisionOutcome")
public record DecisionOutcome(
    String site,
    String marrowGrade,
    Map<String, SchemeRisk> risk,
    List<String> recommendations,
    List<String> alerts,
    List<String> missingData,
    List<String> firedRules) {

  public DecisionOutcome {
    risk = risk == null ? Map.of() : Map.copyOf(risk);
    recommendations = recommendations == null ? List.of() : List.copyOf(recommendations);
    alerts = alerts == null ? List.of() : List.copyOf(alerts);
    missingData = missingData == null ? List.of() : List.copyOf(missingData);
    firedRules = firedRules == null ? List.of() : List.copyOf(firedRules);
  }

  /**
   * The assessment under one scheme.
   *
   * @param timing timing category
   * @param group risk group, or null while pending
   * @param groupPending the groups still possible
   * @param hsct transplant decision
   */
  @Schema(name = "DecisionSchemeRisk")
  public record SchemeRisk(
      String timing,
      @Schema(nullable = true) String group,
      @Schema(nullable = true) String groupPending,
      String hsct) {}

  /** The summary of a response. */
  public static DecisionOutcome of(EvaluationResponse response) {
    Map<String, SchemeRisk> risk = new LinkedHashMap<>();
    response
        .risk()
        .forEach(
            (scheme, r) ->
                risk.put(
                    scheme.name(),
                    new SchemeRisk(
                        name(r.timing()), name(r.group()), r.groupPending(), name(r.hsct()))));
    return new DecisionOutcome(
        name(response.relapse().site()),
        name(response.relapse().marrowGrade()),
        risk,
        response.recommendations().stream().map(r -> r.code().name()).toList(),
        response.alerts().stream().map(a -> a.code().name()).toList(),
        response.missingData().stream().map(EvaluationResponse.MissingDataView::field).toList(),
        response.firedRules().stream().map(EvaluationResponse.FiredRuleView::name).toList());
  }

  /** Every recommendation and alert code once, for the search by code. */
  public TreeSet<String> codes() {
    TreeSet<String> codes = new TreeSet<>(recommendations);
    codes.addAll(alerts);
    return codes;
  }

  /** The outcome as named fields, for comparing two outcomes field by field. */
  public Map<String, String> fields() {
    Map<String, String> fields = new TreeMap<>();
    fields.put("site", Objects.toString(site, "none"));
    fields.put("marrowGrade", Objects.toString(marrowGrade, "none"));
    risk.forEach(
        (scheme, r) -> {
          fields.put("timing." + scheme, Objects.toString(r.timing(), "none"));
          fields.put(
              "riskGroup." + scheme,
              r.group() != null
                  ? r.group()
                  : r.groupPending() != null ? "pending " + r.groupPending() : "none");
          fields.put("hsct." + scheme, Objects.toString(r.hsct(), "none"));
        });
    fields.put("recommendations", joined(new TreeSet<>(recommendations)));
    fields.put("alerts", joined(new TreeSet<>(alerts)));
    fields.put("missingData", joined(new TreeSet<>(missingData)));
    fields.put("firedRules", joined(new TreeSet<>(firedRules)));
    return fields;
  }

  private static String joined(TreeSet<String> values) {
    return values.isEmpty() ? "none" : String.join(", ", values);
  }

  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }
}
