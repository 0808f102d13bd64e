package org.relapsecds.authoring.store.git;

import java.util.List;
import org.eclipse.jgit.revwalk.FooterKey;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * The trailers ({@code Key: value} lines of a commit message's last paragraph) the store writes:
 * what a commit did and which knowledge base it activated. Read back with JGit's footer parser, so
 * outside tools ({@code git interpret-trailers}, {@code git log --format=%(trailers)}) see the
 * same.
 */
final class CommitTrailers {
  static final FooterKey ACTION = new FooterKey("Cds-Action");
  static final FooterKey VERSION = new FooterKey("Knowledge-Base-Version");

  private CommitTrailers() {}

  /** A message: the reason, then a paragraph of trailers (a null version is left out). */
  static String message(String reason, String action, String knowledgeBaseVersion) {
    StringBuilder message = new StringBuilder(reason.strip()).append("\n\n");
    message.append(ACTION.getName()).append(": ").append(action).append('\n');
    if (knowledgeBaseVersion != null) {
      message.append(VERSION.getName()).append(": ").append(knowledgeBaseVersion).append('\n');
    }
    return message.toString();
  }

  /** The commit's action, or empty for a commit made outside the store. */
  static String action(RevCommit commit) {
    return last(commit.getFooterLines(ACTION), "");
  }

  /** The knowledge-base version the commit activated, or null when it names none. */
  static String version(RevCommit commit) {
    return last(commit.getFooterLines(VERSION), null);
  }

  /** The message without its trailer paragraph: the editor's reason. */
  static String reason(RevCommit commit) {
    String message = commit.getFullMessage().strip();
    if (commit.getFooterLines().isEmpty()) {
      return message;
    }
    int paragraph = message.lastIndexOf("\n\n");
    return paragraph < 0 ? "" : message.substring(0, paragraph).strip();
  }

  private static String last(List<String> values, String none) {
    return values.isEmpty() ? none : values.get(values.size() - 1).trim();
  }
}
