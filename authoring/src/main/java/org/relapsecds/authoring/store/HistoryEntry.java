package org.relapsecds.authoring.store;

import java.time.Instant;
import java.util.List;

/**
 * One commit of the rule repository.
 *
 * @param commit the commit id
 * @param author who made the change (the editor)
 * @param date when
 * @param reason the first paragraph of the message: the editor's reason
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
    List<String> files) {
  public HistoryEntry {
    files = List.copyOf(files);
  }
}
