package org.relapsecds.authoring.store.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.relapsecds.authoring.store.RuleSnapshot;
import org.relapsecds.authoring.store.RuleStoreException;
import org.relapsecds.rules.engine.RuleFileKind;
import org.relapsecds.rules.engine.RuleSource;

/**
 * The git plumbing of {@link GitRuleRepository}: reading the rule files of a commit, writing trees
 * and commits in memory (the working tree is never touched for a draft), moving refs.
 */
final class GitObjects {
  static final String DRAFT_REF = Constants.R_HEADS + GitRuleRepository.DRAFT_BRANCH;
  static final PersonIdent SERVER = new PersonIdent("relapse-cds", "server@relapse-cds");

  private final Repository repository;

  GitObjects(Repository repository) {
    this.repository = repository;
  }

  ObjectId head() {
    try {
      ObjectId head = repository.resolve(Constants.HEAD);
      if (head == null) {
        throw new RuleStoreException("the rule repository has no commit", null);
      }
      return head;
    } catch (IOException e) {
      throw new RuleStoreException("cannot read HEAD", e);
    }
  }

  boolean hasHead() throws IOException {
    return repository.resolve(Constants.HEAD) != null;
  }

  Optional<ObjectId> draftTip() {
    try {
      return Optional.ofNullable(repository.resolve(DRAFT_REF));
    } catch (IOException e) {
      throw new RuleStoreException("cannot read the draft branch", e);
    }
  }

  ObjectId treeOf(ObjectId commit) {
    try (RevWalk walk = new RevWalk(repository)) {
      return walk.parseCommit(commit).getTree().getId();
    } catch (IOException e) {
      throw new RuleStoreException("cannot read commit " + commit.name(), e);
    }
  }

  /** The top-level rule files of a commit with their blob ids. */
  RuleSnapshot snapshot(ObjectId commit) {
    List<RuleSource> sources = new ArrayList<>();
    Map<String, String> blobs = new LinkedHashMap<>();
    try (ObjectReader reader = repository.newObjectReader();
        TreeWalk walk = new TreeWalk(reader)) {
      walk.addTree(treeOf(commit));
      walk.setRecursive(false);
      while (walk.next()) {
        String name = walk.getPathString();
        if (walk.isSubtree() || !RuleFileKind.isRuleFile(name)) {
          continue;
        }
        ObjectId blob = walk.getObjectId(0);
        sources.add(
            new RuleSource(name, new String(reader.open(blob).getBytes(), StandardCharsets.UTF_8)));
        blobs.put(name, blob.name());
      }
    } catch (IOException e) {
      throw new RuleStoreException("cannot read commit " + commit.name(), e);
    }
    return new RuleSnapshot(commit.name(), sources, blobs);
  }

  /** The changes that turn {@code from} (null: empty) into exactly {@code to}. */
  static Map<String, String> changesFor(RuleSnapshot from, List<RuleSource> to) {
    Map<String, String> changes = new TreeMap<>();
    if (from != null) {
      from.sources().forEach(s -> changes.put(s.file(), null));
    }
    to.forEach(s -> changes.put(s.file(), s.text()));
    return changes;
  }

  /** A tree equal to {@code base} with the given files replaced (null text: removed). */
  ObjectId writeTree(ObjectId base, Map<String, String> changes) throws IOException {
    try (ObjectInserter inserter = repository.newObjectInserter();
        ObjectReader reader = repository.newObjectReader()) {
      DirCache index = DirCache.newInCore();
      DirCacheBuilder builder = index.builder();
      if (base != null) {
        try (TreeWalk walk = new TreeWalk(reader)) {
          walk.addTree(base);
          walk.setRecursive(true);
          while (walk.next()) {
            if (changes.containsKey(walk.getPathString())) {
              continue;
            }
            DirCacheEntry entry = new DirCacheEntry(walk.getPathString());
            entry.setFileMode(walk.getFileMode(0));
            entry.setObjectId(walk.getObjectId(0));
            builder.add(entry);
          }
        }
      }
      for (Map.Entry<String, String> change : changes.entrySet()) {
        if (change.getValue() == null) {
          continue;
        }
        DirCacheEntry entry = new DirCacheEntry(change.getKey());
        entry.setFileMode(FileMode.REGULAR_FILE);
        entry.setObjectId(
            inserter.insert(
                Constants.OBJ_BLOB, change.getValue().getBytes(StandardCharsets.UTF_8)));
        builder.add(entry);
      }
      builder.finish();
      ObjectId tree = index.writeTree(inserter);
      inserter.flush();
      return tree;
    }
  }

  ObjectId writeCommit(ObjectId tree, List<ObjectId> parents, PersonIdent author, String message)
      throws IOException {
    try (ObjectInserter inserter = repository.newObjectInserter()) {
      CommitBuilder commit = new CommitBuilder();
      commit.setTreeId(tree);
      commit.setParentIds(parents);
      commit.setAuthor(author);
      commit.setCommitter(new PersonIdent(SERVER, Instant.now()));
      commit.setMessage(message);
      ObjectId id = inserter.insert(commit);
      inserter.flush();
      return id;
    }
  }

  /** Moves a ref only from the expected old value (null: the ref must not exist). */
  void updateRef(String ref, ObjectId commit, ObjectId expectedOld) throws IOException {
    RefUpdate update = repository.updateRef(ref);
    update.setNewObjectId(commit);
    update.setExpectedOldObjectId(expectedOld == null ? ObjectId.zeroId() : expectedOld);
    RefUpdate.Result result = update.update();
    if (result != RefUpdate.Result.NEW
        && result != RefUpdate.Result.FAST_FORWARD
        && result != RefUpdate.Result.NO_CHANGE) {
      throw new IOException("could not move " + ref + ": " + result);
    }
  }

  /** Moves a ref whatever it pointed at. */
  void forceRef(String ref, ObjectId commit) throws IOException {
    RefUpdate update = repository.updateRef(ref);
    update.setForceUpdate(true);
    update.setNewObjectId(commit);
    update.forceUpdate();
  }

  /** The files a commit changed against its first parent. */
  List<String> changedFiles(RevCommit commit) throws IOException {
    List<String> changed = new ArrayList<>();
    try (ObjectReader reader = repository.newObjectReader();
        TreeWalk walk = new TreeWalk(reader)) {
      walk.setRecursive(true);
      if (commit.getParentCount() > 0) {
        try (RevWalk revWalk = new RevWalk(reader)) {
          walk.addTree(revWalk.parseCommit(commit.getParent(0)).getTree());
        }
      } else {
        walk.addTree(new EmptyTreeIterator());
      }
      walk.addTree(commit.getTree());
      walk.setFilter(TreeFilter.ANY_DIFF);
      while (walk.next()) {
        changed.add(walk.getPathString());
      }
    }
    return changed;
  }
}
