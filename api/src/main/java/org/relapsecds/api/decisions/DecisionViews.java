package org.relapsecds.api.decisions;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Wire types of the decisions API. */
public final class DecisionViews {
  private DecisionViews() {}

  /**
   * A decision in a search result (without the case).
   *
   * @param decisionId the id
   * @param recordedAt when it was answered
   * @param channel single, batch, workbench or cds-hooks
   * @param callerKind api-key, user or cds-client
   * @param caller the caller's name
   * @param hookInstance the CDS Hooks hookInstance, if any
   * @param knowledgeBaseVersion the version that answered
   * @param caseId the caller's case id
   * @param outcome what was advised
   * @param durationMicros engine time
   */
  @Schema(name = "DecisionSummary")
  public record Summary(
      String decisionId,
      Instant recordedAt,
      String channel,
      String callerKind,
      String caller,
      @Schema(nullable = true) String hookInstance,
      String knowledgeBaseVersion,
      @Schema(nullable = true) String caseId,
      DecisionOutcome outcome,
      long durationMicros) {
    static Summary of(DecisionRecord r) {
      return new Summary(
          r.id(),
          r.recordedAt(),
          r.channel(),
          r.caller().kind(),
          r.caller().name(),
          r.hookInstance(),
          r.knowledgeBaseVersion(),
          r.caseId(),
          r.outcome(),
          r.durationMicros());
    }
  }

  /**
   * One page of a search, newest first.
   *
   * @param page zero-based page number
   * @param size page size
   * @param total matching decisions in all pages
   * @param items this page
   */
  @Schema(name = "DecisionPage")
  public record Page(int page, int size, long total, List<Summary> items) {}

  /**
   * One decision in full.
   *
   * @param decision the summary fields
   * @param caseSha256 SHA-256 of the case as received
   * @param caseStored whether the case itself is kept (replay needs it)
   * @param facts the case as received; null when only its digest is kept
   * @param feedback CDS Hooks feedback on its cards; null when none
   */
  @Schema(name = "Decision")
  public record Detail(
      Summary decision,
      String caseSha256,
      boolean caseStored,
      @Schema(nullable = true) JsonNode facts,
      @Schema(nullable = true) JsonNode feedback) {}

  /**
   * A field of the outcome that differs between the two replays.
   *
   * @param field e.g. {@code riskGroup.BFM}, {@code recommendations}
   * @param original under the version the decision used
   * @param active under the active version
   */
  @Schema(name = "DecisionDifference")
  public record Difference(String field, String original, String active) {}

  /**
   * One replay.
   *
   * @param knowledgeBaseVersion the version evaluated
   * @param ruleCount its rule count
   * @param outcome the outcome now
   */
  @Schema(name = "DecisionReplayRun")
  public record Run(String knowledgeBaseVersion, int ruleCount, DecisionOutcome outcome) {}

  /**
   * The stored case evaluated again.
   *
   * @param decisionId the decision replayed
   * @param recorded the outcome as recorded
   * @param original the case under the version the decision used
   * @param active the case under the active version
   * @param reproduced whether {@code original} equals {@code recorded}
   * @param differences where {@code active} differs from {@code original}; empty when the same
   */
  @Schema(name = "DecisionReplay")
  public record Replay(
      String decisionId,
      DecisionOutcome recorded,
      Run original,
      Run active,
      boolean reproduced,
      List<Difference> differences) {}
}
