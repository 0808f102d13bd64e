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
 */
@Schema(name = "KnowledgeBase")
public record KnowledgeBaseView(
    String version,
    int ruleCount,
    Instant activatedAt,
    List<FileView> files,
    List<RuleView> rules) {

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
