package org.relapsecds.authoring.lifecycle;

import java.util.List;
import org.relapsecds.authoring.store.FileDiff;

/**
 * The pending draft against the active rules.
 *
 * @param activeCommit the active version the draft is compared with
 * @param knowledgeBaseVersion the active knowledge base's version
 * @param draftCommit the draft's version
 * @param pending whether the draft differs
 * @param files how each changed file differs
 */
public record DraftChanges(
    String activeCommit,
    String knowledgeBaseVersion,
    String draftCommit,
    boolean pending,
    List<FileDiff> files) {
  public DraftChanges {
    files = List.copyOf(files);
  }
}
