package org.relapsecds.api.authoring;

import java.util.List;
import org.relapsecds.api.authoring.impact.ImpactReport;
import org.relapsecds.api.authoring.repository.FileDiff;
import org.relapsecds.authoring.gate.GateFailure;

/** The wire types of the rule-authoring API: plain records, separate from behaviour. */
public final class AuthoringViews {
  private AuthoringViews() {}

  /** Draft state of a file against the active rules. */
  public enum DraftState {
    UNCHANGED,
    MODIFIED,
    ADDED,
    DELETED
  }

  /**
   * One DRL file.
   *
   * @param file name
   * @param activeVersion git blob id of the active text; null when only in the draft
   * @param etag the ETag to send with If-Match when editing (the draft text's blob id); null when
   *     the draft deletes the file
   * @param draft how the draft differs
   */
  public record FileEntry(String file, String activeVersion, String etag, DraftState draft) {}

  /**
   * The rule files.
   *
   * @param activeCommit the commit whose rules answer evaluations now
   * @param knowledgeBaseVersion the active knowledge base's version
   * @param ruleCount rules in the active knowledge base
   * @param draftCommit the draft branch's last commit
   * @param draftPending whether the draft differs from the active rules
   * @param files every file of the active rules or the draft
   */
  public record FileListing(
      String activeCommit,
      String knowledgeBaseVersion,
      int ruleCount,
      String draftCommit,
      boolean draftPending,
      List<FileEntry> files) {}

  /** Text to check: the file it replaces (or adds) and its DRL. */
  public record ValidationRequest(String file, String text) {}

  /**
   * One finding of the rule check (what a rule may say) or of its metadata check.
   *
   * @param file the DRL file
   * @param line 1-based line
   * @param column 1-based column
   * @param code a stable identifier of the check, e.g. {@code consequence}
   * @param message a plain explanation
   */
  public record LintFinding(String file, int line, int column, String code, String message) {}

  /** One compile error. */
  public record CompileError(String file, int line, int column, String message) {}

  /** What validation found; nothing is saved. */
  public record ValidationResult(
      boolean valid, List<CompileError> errors, List<LintFinding> lint, boolean compiled) {}

  /** The pending draft. */
  public record DraftView(
      String activeCommit,
      String knowledgeBaseVersion,
      String draftCommit,
      boolean pending,
      List<FileDiff> files) {}

  /** What an editor confirms by publishing. */
  public record PublishRequest(String reason, String draftCommit) {}

  /** A rollback: a commit id or a knowledge-base version, and why. */
  public record RollbackRequest(String version, String commit, String reason) {}

  /** A reload of outside edits, and why. */
  public record ReloadRequest(String reason) {}

  /**
   * A change of the active rules.
   *
   * @param action publish, rollback or reload
   * @param commit the new active commit
   * @param previousVersion the knowledge base answering before
   * @param knowledgeBaseVersion the knowledge base answering now
   * @param ruleCount rules in it
   * @param impact what changed on the reference corpus (publish only)
   * @param millis gate, commit and switch
   */
  public record Activation(
      String action,
      String commit,
      String previousVersion,
      String knowledgeBaseVersion,
      int ruleCount,
      ImpactReport impact,
      long millis) {}

  /** The gate's refusal, as the problem document's {@code failures}. */
  public record Refusal(List<GateFailure> failures) {}
}
