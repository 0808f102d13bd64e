package org.relapsecds.authoring.store.git;

import java.io.IOException;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ResetCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;

/**
 * A hard reset that either happens or leaves the branch where it was. JGit moves the branch before
 * it checks out the files, so a checkout that fails (a lock file left by a killed process) would
 * otherwise leave the branch naming rules the server never activated. Used by the rule store and by
 * the replica of several servers.
 */
public final class Checkout {
  private Checkout() {}

  /** Checks out {@code commit} on the current branch; on failure the branch is put back. */
  public static void resetHard(Git git, ObjectId commit) throws IOException {
    Repository repository = git.getRepository();
    ObjectId before = repository.resolve(Constants.HEAD);
    try {
      git.reset().setMode(ResetCommand.ResetType.HARD).setRef(commit.name()).call();
    } catch (GitAPIException | RuntimeException e) {
      IOException failure = new IOException("cannot check out " + commit.name(), e);
      if (before != null && !before.equals(repository.resolve(Constants.HEAD))) {
        RefUpdate back = repository.updateRef(repository.getFullBranch());
        back.setNewObjectId(before);
        back.setForceUpdate(true);
        RefUpdate.Result result = back.forceUpdate();
        if (result == RefUpdate.Result.LOCK_FAILURE || result == RefUpdate.Result.IO_FAILURE) {
          failure.addSuppressed(new IOException("branch not put back: " + result));
        }
      }
      throw failure;
    }
  }
}
