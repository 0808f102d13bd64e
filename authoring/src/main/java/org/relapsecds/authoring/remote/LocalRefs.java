package org.relapsecds.authoring.remote;

import java.io.IOException;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.relapsecds.authoring.store.git.Checkout;

/** The local git operations of {@link RuleReplica}: read refs and commits, move branches. */
final class LocalRefs {
  private final Git git;
  private final Repository repository;

  LocalRefs(Git git) {
    this.git = git;
    this.repository = git.getRepository();
  }

  /** Checks out {@code commit}, or leaves the branch where it was ({@link Checkout}). */
  void reset(ObjectId commit) {
    try {
      Checkout.resetHard(git, commit);
    } catch (IOException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  void updateRef(String ref, ObjectId commit) {
    try {
      RefUpdate update = repository.updateRef(ref);
      update.setNewObjectId(commit);
      update.setForceUpdate(true);
      RefUpdate.Result result = update.forceUpdate();
      if (result == RefUpdate.Result.LOCK_FAILURE || result == RefUpdate.Result.IO_FAILURE) {
        throw new IOException(ref + ": " + result);
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot move " + ref, e);
    }
  }

  boolean isAncestor(ObjectId ancestor, ObjectId descendant) {
    try (RevWalk walk = new RevWalk(repository)) {
      return walk.isMergedInto(walk.parseCommit(ancestor), walk.parseCommit(descendant));
    } catch (IOException e) {
      throw new IllegalStateException("cannot compare " + ancestor.name(), e);
    }
  }

  ObjectId treeOf(ObjectId commit) {
    return parse(commit).getTree().getId();
  }

  RevCommit parse(ObjectId commit) {
    try (RevWalk walk = new RevWalk(repository)) {
      return walk.parseCommit(commit);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read commit " + commit.name(), e);
    }
  }

  ObjectId resolve(String ref) {
    try {
      return repository.resolve(ref);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + ref, e);
    }
  }
}
