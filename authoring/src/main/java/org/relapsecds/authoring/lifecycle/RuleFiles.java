package org.relapsecds.authoring.lifecycle;

import java.util.List;

/**
 * The rule files, active and draft.
 *
 * @param activeCommit the version whose rules answer evaluations now
 * @param knowledgeBaseVersion the active knowledge base's version
 * @param ruleCount rules in the active knowledge base
 * @param draftCommit the draft's version
 * @param draftPending whether the draft differs from the active rules
 * @param files every file of the active rules or the draft, by name
 */
public record RuleFiles(
    String activeCommit,
    String knowledgeBaseVersion,
    int ruleCount,
    String draftCommit,
    boolean draftPending,
    List<RuleFile> files) {
  public RuleFiles {
    files = List.copyOf(files);
  }

  /** How the draft of a file differs from its active text. */
  public enum DraftState {
    UNCHANGED,
    MODIFIED,
    ADDED,
    DELETED
  }

  /**
   * One rule file.
   *
   * @param file its name
   * @param activeVersion the version of its active text; null when only in the draft
   * @param draftVersion the version of its draft text, what a conditional edit names; null when the
   *     draft deletes it
   * @param draft how the draft differs
   */
  public record RuleFile(String file, String activeVersion, String draftVersion, DraftState draft) {
    static RuleFile of(String file, String activeVersion, String draftVersion) {
      DraftState state =
          activeVersion == null
              ? DraftState.ADDED
              : draftVersion == null
                  ? DraftState.DELETED
                  : activeVersion.equals(draftVersion) ? DraftState.UNCHANGED : DraftState.MODIFIED;
      return new RuleFile(file, activeVersion, draftVersion, state);
    }
  }
}
