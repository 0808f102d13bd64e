package org.relapsecds.api.authoring;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The wire types of the rule-authoring API: plain records, separate from the lifecycle's domain
 * types ({@code org.relapsecds.authoring}), which {@link AuthoringWire} maps to these. Named as the
 * domain types they carry, so the OpenAPI schemas keep their names.
 */
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
   * One rule file.
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
   * @param fileName what a new file's name may be
   */
  public record FileListing(
      String activeCommit,
      String knowledgeBaseVersion,
      int ruleCount,
      String draftCommit,
      boolean draftPending,
      List<FileEntry> files,
      FileNameRule fileName) {}

  /**
   * What a rule file's name may be, so a client checks a new name as the server will.
   *
   * @param pattern a regular expression the whole name must match (Java and ECMAScript syntax)
   * @param extensions the extensions of the rule file kinds, without the dot, e.g. {@code drl}
   * @param maxLength the longest name accepted
   */
  public record FileNameRule(String pattern, List<String> extensions, int maxLength) {}

  /** Text to check: the file it replaces (or adds) and its rule text. */
  public record ValidationRequest(String file, String text) {}

  /**
   * One finding of the rule check (what a rule may say) or of its metadata check.
   *
   * @param file the rule file
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

  /**
   * How one rule file differs between two commits.
   *
   * @param file the file name
   * @param change {@code ADD}, {@code MODIFY} or {@code DELETE}
   * @param patch the unified diff
   */
  public record FileDiff(String file, String change, String patch) {}

  /**
   * One commit of the rule repository.
   *
   * @param commit the commit id
   * @param author who made the change (the editor)
   * @param date when
   * @param reason the editor's reason
   * @param action publish, rollback, reload, draft, initial, or empty for outside commits
   * @param knowledgeBaseVersion the knowledge-base version the commit activated, if it did
   * @param files the files the commit changed against its first parent
   */
  public record HistoryEntry(
      String commit,
      String author,
      Instant date,
      String reason,
      String action,
      String knowledgeBaseVersion,
      List<String> files) {}

  /**
   * What a draft changes on the reference corpus.
   *
   * @param activeVersion the knowledge base answering now
   * @param draftVersion the draft's knowledge base
   * @param cases cases evaluated on each side
   * @param changedCases cases whose outcome differs in at least one field
   * @param changesByField changed cases per field
   * @param changesByKind changed cases per field and transition, e.g. {@code riskGroup.BFM: S2 ->
   *     S3}
   * @param examples the changed cases, up to a limit, each with its fields
   * @param millis how long the analysis took
   */
  public record ImpactReport(
      String activeVersion,
      String draftVersion,
      int cases,
      int changedCases,
      Map<String, Integer> changesByField,
      Map<String, Integer> changesByKind,
      List<CaseChange> examples,
      long millis) {}

  /** A reference case whose outcome the draft changes, labelled by its facts. */
  public record CaseChange(String caseId, String label, List<FieldChange> changes) {}

  /** One outcome field that differs, with the lines of the clinical diff. */
  public record FieldChange(
      String field, String active, String draft, List<String> removed, List<String> added) {}

  /**
   * One reason the publishing gate or the rule check refused, as a problem document's {@code
   * failures}.
   *
   * @param step {@code lint}, {@code compile}, {@code limits}, {@code scenarios}, {@code reference}
   *     or {@code time-limit}
   * @param file the rule file, or null when the point is not about one file
   * @param line 1-based line, 0 when unknown
   * @param column 1-based column, 0 when unknown
   * @param message a plain explanation
   */
  public record GateFailure(String step, String file, int line, int column, String message) {}
}
