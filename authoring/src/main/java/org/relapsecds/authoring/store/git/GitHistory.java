package org.relapsecds.authoring.store.git;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.relapsecds.authoring.store.FileDiff;
import org.relapsecds.authoring.store.HistoryEntry;
import org.relapsecds.authoring.store.RuleStoreException;
import org.relapsecds.rules.engine.KnowledgeBaseCompiler;
import org.relapsecds.rules.engine.RuleFileKind;

/** Reading the rule repository's past: its history from the commit trailers, and diffs. */
final class GitHistory {
  private final Git git;
  private final GitObjects objects;

  GitHistory(Git git, GitObjects objects) {
    this.git = git;
    this.objects = objects;
  }

  /**
   * The history of the active branch (first parents: publishes, rollbacks, reloads), or with a
   * file, every commit that changed it, draft edits included.
   */
  List<HistoryEntry> history(String file, int limit) {
    List<HistoryEntry> entries = new ArrayList<>();
    try (RevWalk walk = new RevWalk(git.getRepository())) {
      if (file == null) {
        walk.setFirstParent(true);
        walk.markStart(walk.parseCommit(objects.head()));
      } else {
        // children before parents: commits of one second have no time order
        walk.sort(RevSort.TOPO, true);
        walk.markStart(walk.parseCommit(objects.head()));
        Optional<ObjectId> draft = objects.draftTip();
        if (draft.isPresent()) {
          walk.markStart(walk.parseCommit(draft.get()));
        }
      }
      for (RevCommit commit : walk) {
        List<String> changed = objects.changedFiles(commit);
        if (file != null && !changed.contains(file)) {
          continue;
        }
        String version = CommitTrailers.version(commit);
        if (version == null && file == null) {
          // a commit made outside the server: its version is that of its files
          version = KnowledgeBaseCompiler.version(objects.snapshot(commit).sources());
        }
        entries.add(
            new HistoryEntry(
                commit.name(),
                commit.getAuthorIdent().getName(),
                commit.getAuthorIdent().getWhenAsInstant(),
                CommitTrailers.reason(commit),
                CommitTrailers.action(commit),
                version,
                changed));
        if (entries.size() >= limit) {
          break;
        }
      }
      return entries;
    } catch (IOException e) {
      throw new RuleStoreException("cannot read the history", e);
    }
  }

  /** The unified diff of the rule files from one commit to another. */
  List<FileDiff> diff(String fromCommit, String toCommit) {
    List<FileDiff> diffs = new ArrayList<>();
    try (RevWalk walk = new RevWalk(git.getRepository());
        ObjectReader reader = git.getRepository().newObjectReader()) {
      CanonicalTreeParser from = new CanonicalTreeParser();
      from.reset(reader, walk.parseCommit(ObjectId.fromString(fromCommit)).getTree());
      CanonicalTreeParser to = new CanonicalTreeParser();
      to.reset(reader, walk.parseCommit(ObjectId.fromString(toCommit)).getTree());
      for (DiffEntry entry : git.diff().setOldTree(from).setNewTree(to).call()) {
        String file =
            entry.getChangeType() == DiffEntry.ChangeType.DELETE
                ? entry.getOldPath()
                : entry.getNewPath();
        if (!RuleFileKind.isRuleFile(file)) {
          continue;
        }
        ByteArrayOutputStream patch = new ByteArrayOutputStream();
        try (DiffFormatter formatter = new DiffFormatter(patch)) {
          formatter.setRepository(git.getRepository());
          formatter.format(entry);
        }
        diffs.add(
            new FileDiff(
                file, entry.getChangeType().name(), patch.toString(StandardCharsets.UTF_8)));
      }
      return diffs;
    } catch (IOException | GitAPIException e) {
      throw new RuleStoreException("cannot compute the diff", e);
    }
  }
}
