package org.relapsecds.authoring.remote;

import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How {@link RuleReplica} moves the local branch: to an adopted head, back past a commit the remote
 * refused, and aside into {@code refs/unpublished/} for a commit the remote never took; the draft
 * branch follows whenever it has no edits of its own.
 */
final class DraftBranch {
  // the replica's logger: these lines are part of its story in the log
  private static final Logger log = LoggerFactory.getLogger(RuleReplica.class);

  private final LocalRefs refs;
  private final String draftRef;

  DraftBranch(LocalRefs refs, String draftRef) {
    this.refs = refs;
    this.draftRef = draftRef;
  }

  /**
   * The local head has commits the remote does not: a change committed here whose push never
   * happened, or a history started before the remote was configured. Kept for forensics, never
   * served.
   */
  String keepUnpublished(ObjectId head, ObjectId published) {
    if (refs.treeOf(head).equals(refs.treeOf(published))) {
      return null; // same rules (e.g. two servers seeded an empty remote at once)
    }
    String ref = "refs/unpublished/" + head.name();
    refs.updateRef(ref, head);
    log.warn(
        "Local commit {} never reached the rule remote (the server stopped between commit and"
            + " push?); it is replaced by the published {} and kept as {}",
        head.name(),
        published.name(),
        ref);
    return head.name();
  }

  /** Checks out {@code target}; a draft branch with no pending edits follows. */
  void moveTo(ObjectId head, ObjectId target) {
    ObjectId draft = refs.resolve(draftRef);
    RevCommit headCommit = refs.parse(head);
    ObjectId newDraft = null;
    if (draft == null || draft.equals(head)) {
      // no pending draft, or the unpublished change merged it: give the editor the draft back
      boolean unpublishedMerge = !refs.isAncestor(head, target) && headCommit.getParentCount() > 1;
      newDraft = unpublishedMerge ? headCommit.getParent(1) : target;
    }
    refs.reset(target);
    if (newDraft != null) {
      refs.updateRef(draftRef, newDraft);
    }
  }

  /** Undoes a local commit the remote did not take: head and draft as they were before it. */
  void undo(RevCommit change) {
    if (!change.equals(refs.resolve(Constants.HEAD)) || change.getParentCount() == 0) {
      return;
    }
    ObjectId previous = change.getParent(0);
    ObjectId draft = refs.resolve(draftRef);
    ObjectId restoredDraft =
        change.getParentCount() > 1 ? change.getParent(1) : change.equals(draft) ? previous : null;
    refs.reset(previous);
    if (restoredDraft != null) {
      refs.updateRef(draftRef, restoredDraft);
    }
  }
}
