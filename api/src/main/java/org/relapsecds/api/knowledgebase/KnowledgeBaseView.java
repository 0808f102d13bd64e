package org.relapsecds.api.knowledgebase;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.relapsecds.api.evaluation.EvidenceView;

/**
 * Wire form of {@code GET /api/v1/knowledge-base}: the active version with every file and rule.
 *
 * @param version content hash of the rule files
 * @param ruleCount number of rules
 * @param activatedAt when this version became active
 * @param files the DRL files, in compile order
 * @param rules every rule with its metadata and resolved evidence
 * @param replication this server against the rule remote; null when it has none
 */
@Schema(name = "KnowledgeBase")
public record KnowledgeBaseView(
    String version,
    int ruleCount,
    Instant activatedAt,
    List<FileView> files,
    List<RuleView> rules,
    @Schema(nullable = true) Replication replication) {

  /**
   * This server against the rule remote ({@code cds.rules.remote}).
   *
   * @param servedCommit the rule commit this server serves
   * @param remoteHead the published commit when it is not the served one (being caught up, or
   *     refused by this server's checks); null when in sync
   * @param inSync whether the served commit is the published one
   * @param lastFetch when the remote last answered
   * @param refusedCommit a published commit this server refused to activate; null when none
   */
  @Schema(name = "KnowledgeBaseReplication")
  public record Replication(
      String servedCommit,
      @Schema(nullable = true) String remoteHead,
      boolean inSync,
      @Schema(nullable = true) Instant lastFetch,
      @Schema(nullable = true) String refusedCommit) {}

  /**
   * One DRL file.
   *
   * @param name file name
   * @param ruleCount rules in the file
   */
  @Schema(name = "KnowledgeBaseFile")
  public record FileView(String name, long ruleCount) {}

  /**
   * One rule.
   *
   * @param name the rule name
   * @param file its DRL file
   * @param status {@code verified} or {@code unverified}
   * @param metadata every {@code @key(value)} of the rule
   * @param evidence the sources it cites
   */
  @Schema(name = "KnowledgeBaseRule")
  public record RuleView(
      String name,
      String file,
      String status,
      Map<String, String> metadata,
      List<EvidenceView> evidence) {}
}
