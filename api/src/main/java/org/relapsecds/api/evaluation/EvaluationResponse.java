package org.relapsecds.api.evaluation;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import org.relapsecds.rules.model.AlertCode;
import org.relapsecds.rules.model.HsctDecision;
import org.relapsecds.rules.model.MarrowGrade;
import org.relapsecds.rules.model.RecommendationCode;
import org.relapsecds.rules.model.RiskStratum;
import org.relapsecds.rules.model.Scheme;
import org.relapsecds.rules.model.Severity;
import org.relapsecds.rules.model.SiteClass;
import org.relapsecds.rules.model.TimingCategory;

/**
 * Wire form of an outcome: the contract's fields, plus a few beside them ({@code
 * relapse.marrowGrade}, {@code risk.*.groupPending}, the producing {@code rule} of every item, and
 * each fired rule's {@code derived} facts).
 *
 * @param decisionId the id of this decision in the decision log (also in the {@code X-Decision-Id}
 *     header); null only when recording is switched off
 * @param caseId the caller's id, echoed
 * @param knowledgeBase the knowledge base that answered
 * @param relapse site and chronology of the relapse
 * @param risk the assessment per scheme; empty when the schemes do not apply
 * @param recommendations what to consider, in firing order
 * @param alerts warnings and findings
 * @param missingData facts that would decide an outcome
 * @param firedRules every rule that fired, in order
 */
@Schema(name = "EvaluationResponse")
public record EvaluationResponse(
    @Schema(
            description =
                "Id of this decision in the decision log (GET /api/v1/decisions/{id}); also in"
                    + " the X-Decision-Id header",
            example = "3f2b8c1e-6a4d-4e0f-9b1a-2c5d7e8f9a0b",
            nullable = true)
        String decisionId,
    @Schema(
            description = "The caller's id, echoed; null when the request had none",
            nullable = true)
        String caseId,
    KnowledgeBaseRef knowledgeBase,
    RelapseView relapse,
    @Schema(description = "Per scheme (BFM, UK_R3, COG); {} when the schemes do not apply")
        Map<Scheme, RiskView> risk,
    List<RecommendationView> recommendations,
    List<AlertView> alerts,
    List<MissingDataView> missingData,
    List<FiredRuleView> firedRules) {

  /**
   * The knowledge base that produced the outcome.
   *
   * @param version content hash of its rule files
   * @param ruleCount number of rules
   */
  @Schema(name = "KnowledgeBaseRef")
  public record KnowledgeBaseRef(String version, int ruleCount) {}

  /**
   * Site and timing of the relapse.
   *
   * @param site site class; null when not derived
   * @param marrowGrade M1, M2 or M3; null when not derived
   * @param monthsFromDiagnosis completed months from D0 to DR
   * @param monthsFromEndOfTherapy completed months from DEOT to DR; null while on therapy
   */
  @Schema(name = "RelapseAssessment")
  public record RelapseView(
      @Schema(nullable = true) SiteClass site,
      @Schema(nullable = true) MarrowGrade marrowGrade,
      int monthsFromDiagnosis,
      @Schema(nullable = true) Integer monthsFromEndOfTherapy) {}

  /**
   * The assessment under one scheme.
   *
   * @param timing time-to-relapse category (COG: EARLY or LATE only)
   * @param group risk group; null while it depends on a missing fact
   * @param groupPending the groups still possible while {@code group} is null
   * @param hsct allogeneic HSCT in CR2
   * @param reason which facts of this case decided the group and the HSCT indication
   */
  @Schema(name = "SchemeAssessment")
  public record RiskView(
      TimingCategory timing,
      @Schema(
              description =
                  "BFM: S1..S4; UK_R3: STANDARD, INTERMEDIATE, HIGH; COG: LOW, INTERMEDIATE, HIGH,"
                      + " or null while it depends on MRD",
              nullable = true)
          RiskStratum group,
      @Schema(
              description =
                  "The groups still possible while group is null, e.g. LOW or INTERMEDIATE",
              nullable = true)
          String groupPending,
      @Schema(
              description =
                  "Allogeneic HSCT in CR2. NOT_IN_REMISSION (revision 2): response.secondRemission"
                      + " is false, whatever the group and MRD would say")
          HsctDecision hsct,
      @Schema(
              description =
                  "Which facts of this case decided the group and the HSCT indication, written from"
                      + " the facts the deciding rules matched, with the names of those rules,"
                      + " e.g. \"UK ALL R3 INTERMEDIATE: B-precursor ALL; isolated marrow relapse;"
                      + " late relapse (UK ALL R3 timing). HSCT in CR2 indicated: MRD 2 x 10^-4"
                      + " (UK ALL R3: HSCT in CR2 for intermediate risk with end-of-block-1 MRD of"
                      + " 1e-4 or more).\"")
          String reason) {}

  /**
   * A recommendation.
   *
   * @param code recommendation code
   * @param schemes schemes it follows from; empty when it holds for all
   * @param title short title
   * @param rationale why, ending with the facts of this case that decided it
   * @param evidence sources
   * @param rule the rule that made it
   */
  @Schema(name = "Recommendation")
  public record RecommendationView(
      RecommendationCode code,
      List<Scheme> schemes,
      String title,
      String rationale,
      List<EvidenceView> evidence,
      String rule) {}

  /**
   * An alert.
   *
   * @param code alert code
   * @param severity how urgent
   * @param message what to know
   * @param evidence sources
   * @param rule the rule that raised it
   */
  @Schema(name = "Alert")
  public record AlertView(
      AlertCode code,
      Severity severity,
      String message,
      List<EvidenceView> evidence,
      String rule) {}

  /**
   * A missing fact.
   *
   * @param field API path of the fact
   * @param reason what it would decide
   * @param rule the rule that asked for it
   */
  @Schema(name = "MissingData")
  public record MissingDataView(String field, String reason, String rule) {}

  /**
   * A rule that fired.
   *
   * @param name rule name
   * @param file its DRL file
   * @param metadata its metadata ({@code evidence}, {@code status}, ...)
   * @param derived what its consequence inserted, in clinical words
   */
  @Schema(name = "FiredRule")
  public record FiredRuleView(
      String name, String file, Map<String, String> metadata, List<DerivedFactView> derived) {}

  /**
   * One fact a rule derived.
   *
   * @param fact the fact type of the model, e.g. {@code HsctIndication}
   * @param text what it says, in clinical words, e.g. "HSCT in CR2 under UK ALL R3: indicated"
   */
  @Schema(name = "DerivedFact")
  public record DerivedFactView(String fact, String text) {}
}
