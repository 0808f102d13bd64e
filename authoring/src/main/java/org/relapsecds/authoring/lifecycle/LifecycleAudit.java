package org.relapsecds.authoring.lifecycle;

import java.util.List;
import org.relapsecds.authoring.gate.GateFailure;
import org.relapsecds.rules.engine.KnowledgeBase;

/** The lifecycle's records in the audit trail: what each action writes, in one place. */
final class LifecycleAudit {
  private static final int FAILURES_IN_SUMMARY = 5;

  private final AuditTrail trail;

  LifecycleAudit(AuditTrail trail) {
    this.trail = trail;
  }

  void draftSaved(String editor, String action, String file, String draftCommit) {
    trail.record(editor, action, file, "draft commit " + draftCommit);
  }

  void draftDiscarded(String editor, String draftCommit) {
    trail.record(editor, "draft.discard", draftCommit, "pending draft discarded");
  }

  void refused(String editor, String action, String target, List<GateFailure> failures) {
    trail.record(
        editor,
        "rules." + action + ".refused",
        target,
        failures.size() + " failing point(s): " + summary(failures));
  }

  void activated(
      String editor,
      String action,
      String commit,
      KnowledgeBase before,
      KnowledgeBase after,
      String reason) {
    trail.record(
        editor,
        "rules." + action,
        commit,
        "knowledge base "
            + before.version()
            + " -> "
            + after.version()
            + "; reason: "
            + reason.lines().findFirst().orElse(""));
  }

  void notPublished(String editor, String action, String commit, String why) {
    trail.record(editor, "rules." + action + ".refused", commit, why);
  }

  void synced(String server, String commit, String before, KnowledgeBase after) {
    trail.record(
        server,
        "rules.sync",
        commit,
        "knowledge base " + before + " -> " + after.version() + " from the rule remote");
  }

  void abandoned(String server, String commit, String replacement) {
    trail.record(
        server,
        "rules.publish.abandoned",
        commit,
        "local commit never reached the rule remote; replaced by " + replacement);
  }

  private static String summary(List<GateFailure> failures) {
    StringBuilder text = new StringBuilder();
    for (GateFailure f : failures.subList(0, Math.min(FAILURES_IN_SUMMARY, failures.size()))) {
      if (text.length() > 0) {
        text.append("; ");
      }
      text.append(f.step())
          .append(f.file() == null ? "" : " " + f.file() + ":" + f.line())
          .append(" ")
          .append(f.message());
    }
    return text.toString();
  }
}
