package org.relapsecds.authoring.lifecycle;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.relapsecds.authoring.gate.GateResult;
import org.relapsecds.authoring.impact.ImpactReport;
import org.relapsecds.authoring.remote.PublicationRefusedException;
import org.relapsecds.authoring.remote.RulePublication;
import org.relapsecds.authoring.store.RuleSnapshot;
import org.relapsecds.authoring.store.RuleStore;
import org.relapsecds.rules.engine.KnowledgeBase;
import org.relapsecds.rules.engine.RuleSource;

/**
 * Switching the active rules (publish, rollback, reload) for {@link RuleLifecycle}, under its write
 * lock: gate, commit, switch, in this order.
 */
final class RuleActivation {
  private final RuleStore store;
  private final Gate gate;
  private final LiveKnowledgeBase live;
  private final LifecycleAudit audit;
  private final DraftImpact impact;
  private final ReentrantLock writeLock;
  private final AtomicReference<String> activeCommit;
  private final RulePublication publication;

  RuleActivation(
      RuleStore store,
      Gate gate,
      LiveKnowledgeBase live,
      LifecycleAudit audit,
      DraftImpact impact,
      ReentrantLock writeLock,
      AtomicReference<String> activeCommit,
      RulePublication publication) {
    this.publication = publication;
    this.store = store;
    this.gate = gate;
    this.live = live;
    this.audit = audit;
    this.impact = impact;
    this.writeLock = writeLock;
    this.activeCommit = activeCommit;
  }

  /**
   * Publishes the draft through the gate.
   *
   * @param confirmedDraft the draft version whose impact the editor reviewed
   */
  Activation publish(String reason, String confirmedDraft, String editor) {
    requireReason(reason);
    writeLock.lock();
    try {
      RuleSnapshot draft = store.draft();
      if (!store.hasPendingDraft()) {
        throw new LifecycleException.Conflict("There is no pending draft to publish.");
      }
      if (store.draftIsBehindActive()) {
        throw new LifecycleException.Conflict(
            "The draft was started before the active rules last changed (rollback or reload);"
                + " discard it (DELETE /api/v1/rules/draft) and edit again.");
      }
      if (confirmedDraft == null || !confirmedDraft.equals(draft.commit())) {
        throw new LifecycleException.ImpactNotConfirmed(
            "Publishing needs draftCommit: the draft commit whose impact you reviewed"
                + " (GET /api/v1/rules/draft/impact). The draft is now at "
                + draft.commit()
                + ".",
            draft.commit());
      }
      requireCleanWorkingTree();
      publication.announce(draft.commit()); // replication call site: others compile meanwhile
      // the impact after the gate: rules that do not finish are refused before the impact
      // analysis would evaluate thousands of cases with them
      return switchTo(
          draft.sources(),
          true,
          reason,
          "publish",
          editor,
          draft.commit(),
          impact::analyseAfterOthers);
    } finally {
      writeLock.unlock();
    }
  }

  /** Makes an earlier version active again (given by knowledge-base version or commit). */
  Activation rollback(String version, String commit, String reason, String editor) {
    requireReason(reason);
    if ((version == null || version.isBlank()) == (commit == null || commit.isBlank())) {
      throw new LifecycleException.InvalidInput(
          "Give either version (a knowledge-base version) or commit, not both.", List.of());
    }
    writeLock.lock();
    try {
      String target =
          commit != null && !commit.isBlank()
              ? commit
              : store
                  .commitOfVersion(version)
                  .orElseThrow(
                      () ->
                          new LifecycleException.NotFound(
                              "No published commit has knowledge-base version " + version));
      RuleSnapshot snapshot =
          store
              .at(target)
              .orElseThrow(() -> new LifecycleException.NotFound("No commit " + target));
      if (store.hasPendingDraft()) {
        throw new LifecycleException.Conflict(
            "A draft is pending: publish or discard it before rolling back.");
      }
      requireCleanWorkingTree();
      return switchTo(
          snapshot.sources(),
          false,
          reason + "\n\nRoll back to " + snapshot.commit(),
          "rollback",
          editor,
          snapshot.commit(),
          () -> null);
    } finally {
      writeLock.unlock();
    }
  }

  /** Picks up the rule files as outside tools left them in the store's working folder. */
  Activation reload(String reason, String editor) {
    writeLock.lock();
    try {
      if (store.hasPendingDraft()) {
        throw new LifecycleException.Conflict(
            "A draft is pending: publish or discard it before reloading.");
      }
      List<RuleSource> sources = store.workingTreeSources();
      RuleSnapshot head = store.active();
      KnowledgeBase now = live.current();
      if (head.commit().equals(activeCommit.get())
          && head.sources().equals(sources)
          && store.workingTreeIsClean()) {
        return new Activation(
            "reload", head.commit(), now.version(), now.version(), now.ruleCount(), null, 0);
      }
      return switchTo(
          sources,
          false,
          reason == null || reason.isBlank() ? "Reload edits made outside the editor" : reason,
          "reload",
          editor,
          store.location(),
          () -> null);
    } finally {
      writeLock.unlock();
    }
  }

  /** Gate, commit, switch: in this order, so a refusal or a failed commit changes nothing. */
  private Activation switchTo(
      List<RuleSource> sources,
      boolean mergeDraft,
      String reason,
      String action,
      String editor,
      String target,
      Supplier<ImpactReport> impactAfterGate) {
    long start = System.nanoTime();
    KnowledgeBase before = live.current();
    GateResult verdict = gate.check(sources, before);
    if (!verdict.passed()) {
      audit.refused(editor, action, target, verdict.failures());
      throw new LifecycleException.GateRefused(
          "The rules were not activated: "
              + verdict.failures().size()
              + " failing point(s). The active knowledge base and the repository are unchanged.",
          verdict.failures());
    }
    KnowledgeBase candidate = verdict.knowledgeBase().orElseThrow();
    ImpactReport report = impactAfterGate.get();
    String commit =
        store.commitActive(sources, mergeDraft, editor, reason, action, candidate.version());
    pushToRemote(commit, action, editor); // replication call site: push, or undo and refuse
    live.activate(candidate);
    activeCommit.set(commit);
    audit.activated(editor, action, commit, before, candidate, reason);
    return new Activation(
        action,
        commit,
        before.version(),
        candidate.version(),
        candidate.ruleCount(),
        report,
        (System.nanoTime() - start) / 1_000_000);
  }

  /** Pushes the new commit; a refusal has undone it in the store and is audited. */
  private void pushToRemote(String commit, String action, String editor) {
    try {
      publication.publish(commit);
    } catch (PublicationRefusedException e) {
      audit.notPublished(editor, action, commit, e.getMessage());
      throw new LifecycleException.NotPublished(
          e.getMessage() + " The active knowledge base and the repository are unchanged.",
          e.reason() == PublicationRefusedException.Reason.REMOTE_CHANGED);
    }
  }

  private void requireCleanWorkingTree() {
    if (!store.workingTreeIsClean()) {
      throw new LifecycleException.Conflict(
          "The repository folder has edits made outside the editor: reload them"
              + " (POST /api/v1/rules/reload) or revert them first.");
    }
  }

  private static void requireReason(String reason) {
    if (reason == null || reason.isBlank()) {
      throw new LifecycleException.InvalidInput(
          "A reason is required: it becomes the commit message.",
          List.of(new LifecycleException.InvalidField("reason", "must not be blank")));
    }
  }
}
