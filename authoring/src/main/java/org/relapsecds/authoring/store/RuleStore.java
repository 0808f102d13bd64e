package org.relapsecds.authoring.store;

import java.util.List;
import java.util.Optional;
import org.relapsecds.rules.engine.RuleSource;

/**
 * Where the rules live, with their history: the <em>active</em> rules (what answers evaluations), a
 * <em>draft</em> of unpublished edits, and every earlier version. Every change is attributed to an
 * editor and carries a reason. The lifecycle ({@code org.relapsecds.authoring.lifecycle}) speaks
 * only to this port; {@link org.relapsecds.authoring.store.git.GitRuleRepository} keeps the rules
 * in a git repository.
 *
 * <p>Not synchronised: the caller serialises writes. Reads are safe from any thread. Failures to
 * read or write are {@link RuleStoreException}s; a refused conditional change is a {@link
 * StaleVersionException} that changed nothing.
 */
public interface RuleStore extends AutoCloseable {
  /** Where the store is, for messages and the audit trail (e.g. a folder). */
  String location();

  /** The active rules. */
  RuleSnapshot active();

  /** The rules of any version (a commit id, or anything the store can resolve, e.g. a tag). */
  Optional<RuleSnapshot> at(String revision);

  /** The draft: the pending edits on top of the active rules, or the active rules. */
  RuleSnapshot draft();

  /** Whether the draft differs from the active rules. */
  boolean hasPendingDraft();

  /** Whether the draft was started from earlier active rules (they moved since). */
  boolean draftIsBehindActive();

  /**
   * Saves one draft change.
   *
   * @param file the rule file name
   * @param text the new text, or null to delete the file
   * @param expectedVersion the file version the editor last saw; null when it must not exist yet
   * @param editor who makes the change
   * @param description what the change is, e.g. "Edit bfm.drl (draft)"
   * @return the new draft version
   * @throws StaleVersionException when the file's draft version is not the expected one
   */
  String saveDraft(
      String file, String text, String expectedVersion, String editor, String description);

  /** Drops the pending draft. */
  void discardDraft();

  /**
   * Makes the given files the active rules as a new version; the draft then starts again from it.
   *
   * @param sources the complete new set of rule files
   * @param mergeDraft whether the new version takes in the draft's edits (a publish), so their
   *     attributed history stays
   * @param editor who activates
   * @param reason why, as the editor wrote it
   * @param action publish, rollback or reload
   * @param knowledgeBaseVersion the knowledge-base version the files compile to
   * @return the new active version
   */
  String commitActive(
      List<RuleSource> sources,
      boolean mergeDraft,
      String editor,
      String reason,
      String action,
      String knowledgeBaseVersion);

  /** The rule files as outside tools left them (e.g. in a working folder). */
  List<RuleSource> workingTreeSources();

  /** Whether nothing was changed outside the store since the last activation. */
  boolean workingTreeIsClean();

  /**
   * The activations (publishes, rollbacks, reloads), newest first, or with a file, every change of
   * it, draft edits included.
   */
  List<HistoryEntry> history(String file, int limit);

  /** The newest version that activated the given knowledge-base version. */
  Optional<String> commitOfVersion(String knowledgeBaseVersion);

  /** How the rule files differ from one version to another. */
  List<FileDiff> diff(String fromCommit, String toCommit);

  @Override
  void close();
}
