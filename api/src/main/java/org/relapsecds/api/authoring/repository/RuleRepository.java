package org.relapsecds.api.authoring.repository;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ResetCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
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
import org.eclipse.jgit.treewalk.TreeWalk;
import org.relapsecds.rules.engine.BundledRules;
import org.relapsecds.rules.engine.KnowledgeBaseCompiler;
import org.relapsecds.rules.engine.RuleSource;

/**
 * The rules as DRL files in a git repository on disk.
 *
 * <p>The checked-out branch holds the <em>active</em> rules: each publish, rollback or reload is a
 * commit there, authored by the editor, with the reason as message and the knowledge-base version
 * as a trailer. Draft edits are commits on the branch {@value #DRAFT_BRANCH}, built in memory (the
 * working tree stays equal to the active rules, so experts' own tools see what is live), so a
 * restart loses nothing and every edit is attributed. A publish merges the draft branch.
 *
 * <p>Not synchronised: the caller serialises writes. Reads are safe from any thread.
 */
public final class RuleRepository implements AutoCloseable {
  /** The branch that holds unpublished edits. */
  public static final String DRAFT_BRANCH = "draft";

  static final String DRAFT_REF = Constants.R_HEADS + DRAFT_BRANCH;
  static final String VERSION_TRAILER = "Knowledge-Base-Version: ";
  static final String ACTION_TRAILER = "Cds-Action: ";
  private static final PersonIdent SERVER = new PersonIdent("relapse-cds", "server@relapse-cds");

  private final Path directory;
  private final Git git;
  private final Repository repository;

  private RuleRepository(Path directory, Git git) {
    this.directory = directory;
    this.git = git;
    this.repository = git.getRepository();
  }

  /**
   * Opens the repository in {@code directory}, creating it when needed: an empty or missing folder
   * becomes a git repository holding {@code initialRules} as its first commit; a folder of DRL
   * files without git gets those files committed; a remote, when given and the folder is missing,
   * is cloned.
   */
  public static RuleRepository openOrCreate(
      Path directory, String remote, List<RuleSource> initialRules) {
    try {
      Path dir = directory.toAbsolutePath().normalize();
      Git git;
      if (Files.isDirectory(dir.resolve(".git"))) {
        git = Git.open(dir.toFile());
      } else if (remote != null && !remote.isBlank() && isMissingOrEmpty(dir)) {
        // replication: the published branch of the rule remote (authoring.remote.RemoteEndpoint)
        git =
            Git.cloneRepository()
                .setURI(remote)
                .setBranch("main")
                .setDirectory(dir.toFile())
                .call();
      } else {
        Files.createDirectories(dir);
        git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call();
      }
      RuleRepository repo = new RuleRepository(dir, git);
      if (repo.repository.resolve(Constants.HEAD) == null) {
        repo.createInitialCommit(initialRules);
      }
      return repo;
    } catch (IOException | GitAPIException e) {
      throw new RepositoryException("cannot open the rule repository at " + directory, e);
    }
  }

  private static boolean isMissingOrEmpty(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return true;
    }
    try (var entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    }
  }

  private void createInitialCommit(List<RuleSource> initialRules) throws IOException {
    List<RuleSource> existing = workingTreeSources();
    List<RuleSource> rules = existing.isEmpty() ? initialRules : existing;
    String message =
        existing.isEmpty()
            ? "Create the rule repository from the bundled rules"
            : "Import the rules found in the folder";
    ObjectId tree = writeTree(null, changesFor(null, rules));
    ObjectId commit =
        writeCommit(tree, List.of(), SERVER, message + "\n\n" + ACTION_TRAILER + "initial");
    moveActive(commit);
  }

  /** The folder of the working tree. */
  public Path directory() {
    return directory;
  }

  /** The active rules: the checked-out branch's last commit. */
  public RuleSnapshot active() {
    return snapshot(head());
  }

  /** The rules of any commit (or anything git can resolve, e.g. a tag). */
  public Optional<RuleSnapshot> at(String revision) {
    try {
      ObjectId id = repository.resolve(revision + "^{commit}");
      return id == null ? Optional.empty() : Optional.of(snapshot(id));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The draft: the draft branch when it builds on the active commit, else the active rules. */
  public RuleSnapshot draft() {
    return snapshot(draftTip().orElse(head()));
  }

  /** Whether the draft branch differs from the active rules. */
  public boolean hasPendingDraft() {
    Optional<ObjectId> tip = draftTip();
    return tip.isPresent() && !treeOf(tip.get()).equals(treeOf(head()));
  }

  /**
   * Whether the draft branch was started from an earlier active commit (the active rules moved
   * since, by a rollback or an outside commit).
   */
  public boolean draftIsBehindActive() {
    Optional<ObjectId> tip = draftTip();
    if (tip.isEmpty()) {
      return false;
    }
    try (RevWalk walk = new RevWalk(repository)) {
      return !walk.isMergedInto(walk.parseCommit(head()), walk.parseCommit(tip.get()));
    } catch (IOException e) {
      throw new RepositoryException("cannot read the draft branch", e);
    }
  }

  /**
   * Saves one draft change as a commit on the draft branch.
   *
   * @param file the DRL file name
   * @param text the new text, or null to delete the file
   * @param expectedBlob the blob id the editor last saw; null when the file must not exist yet
   * @param author the editor
   * @param message the commit message
   * @return the draft commit id
   * @throws StaleVersionException when the file's draft version is not the expected one
   */
  public String saveDraft(
      String file, String text, String expectedBlob, PersonIdent author, String message) {
    try {
      ObjectId base = draftTip().orElse(head());
      RuleSnapshot current = snapshot(base);
      String currentBlob = current.blobIds().get(file);
      if (expectedBlob == null ? currentBlob != null : !expectedBlob.equals(currentBlob)) {
        throw new StaleVersionException(
            currentBlob == null
                ? file + " does not exist in the draft"
                : file + " was changed since that version was read",
            currentBlob);
      }
      Map<String, String> change = new TreeMap<>();
      change.put(file, text);
      ObjectId tree = writeTree(treeOf(base), change);
      ObjectId commit = writeCommit(tree, List.of(base), author, message);
      updateRef(DRAFT_REF, commit, draftTip().orElse(null));
      return commit.name();
    } catch (IOException e) {
      throw new RepositoryException("cannot save the draft", e);
    }
  }

  /** Drops the draft branch's pending edits (they stay in the reflog and the audit log). */
  public void discardDraft() {
    try {
      RefUpdate update = repository.updateRef(DRAFT_REF);
      update.setForceUpdate(true);
      update.setNewObjectId(head());
      update.forceUpdate();
    } catch (IOException e) {
      throw new RepositoryException("cannot discard the draft", e);
    }
  }

  /**
   * Makes the given files the active rules with a new commit on the checked-out branch and checks
   * it out; the draft branch then starts again from it.
   *
   * @param sources the complete new set of DRL files
   * @param mergeDraft whether the commit merges the draft branch (a publish) so its attributed
   *     edits stay in the history
   * @return the new active commit id
   */
  public String commitActive(
      List<RuleSource> sources,
      boolean mergeDraft,
      PersonIdent author,
      String reason,
      String action,
      String knowledgeBaseVersion) {
    try {
      boolean draftWasPending = hasPendingDraft();
      ObjectId head = head();
      ObjectId tree = writeTree(treeOf(head), changesFor(snapshot(head), sources));
      List<ObjectId> parents = new ArrayList<>();
      parents.add(head);
      Optional<ObjectId> draft = draftTip();
      if (mergeDraft && draft.isPresent() && !draft.get().equals(head)) {
        parents.add(draft.get());
      }
      String message =
          reason.strip()
              + "\n\n"
              + ACTION_TRAILER
              + action
              + "\n"
              + VERSION_TRAILER
              + knowledgeBaseVersion
              + "\n";
      ObjectId commit = writeCommit(tree, parents, author, message);
      moveActive(commit);
      if (mergeDraft || !draftWasPending) {
        RefUpdate update = repository.updateRef(DRAFT_REF);
        update.setNewObjectId(commit);
        update.forceUpdate();
      }
      return commit.name();
    } catch (IOException e) {
      throw new RepositoryException("cannot commit the active rules", e);
    }
  }

  /** The DRL files in the working tree, as an expert's own tools left them. */
  public List<RuleSource> workingTreeSources() {
    try {
      return BundledRules.fromDirectory(directory);
    } catch (UncheckedIOException e) {
      throw new RepositoryException("cannot read the working tree", e);
    }
  }

  /**
   * The history of the active branch (first parents: publishes, rollbacks, reloads), or with a
   * file, every commit that changed it, draft edits included.
   */
  public List<HistoryEntry> history(String file, int limit) {
    List<HistoryEntry> entries = new ArrayList<>();
    try (RevWalk walk = new RevWalk(repository)) {
      if (file == null) {
        walk.setFirstParent(true);
        walk.markStart(walk.parseCommit(head()));
      } else {
        // children before parents: commits of one second have no time order
        walk.sort(org.eclipse.jgit.revwalk.RevSort.TOPO, true);
        walk.markStart(walk.parseCommit(head()));
        draftTip().ifPresent(tip -> markStart(walk, tip));
      }
      for (RevCommit commit : walk) {
        List<String> changed = changedFiles(commit);
        if (file != null && !changed.contains(file)) {
          continue;
        }
        HistoryEntry entry = entry(commit, changed);
        if (entry.knowledgeBaseVersion() == null && file == null) {
          entry =
              new HistoryEntry(
                  entry.commit(),
                  entry.author(),
                  entry.date(),
                  entry.reason(),
                  entry.action(),
                  KnowledgeBaseCompiler.version(snapshot(commit).sources()),
                  entry.files());
        }
        entries.add(entry);
        if (entries.size() >= limit) {
          break;
        }
      }
      return entries;
    } catch (IOException e) {
      throw new RepositoryException("cannot read the history", e);
    }
  }

  private static void markStart(RevWalk walk, ObjectId id) {
    try {
      walk.markStart(walk.parseCommit(id));
    } catch (IOException e) {
      throw new RepositoryException("cannot read the draft branch", e);
    }
  }

  /** The commit whose trailer names the given knowledge-base version, newest first. */
  public Optional<String> commitOfVersion(String knowledgeBaseVersion) {
    return history(null, Integer.MAX_VALUE).stream()
        .filter(e -> knowledgeBaseVersion.equals(e.knowledgeBaseVersion()))
        .map(HistoryEntry::commit)
        .findFirst();
  }

  /** The unified diff of the DRL files from one commit to another. */
  public List<FileDiff> diff(String fromCommit, String toCommit) {
    List<FileDiff> diffs = new ArrayList<>();
    try (RevWalk walk = new RevWalk(repository);
        ObjectReader reader = repository.newObjectReader()) {
      org.eclipse.jgit.treewalk.CanonicalTreeParser from =
          new org.eclipse.jgit.treewalk.CanonicalTreeParser();
      from.reset(reader, walk.parseCommit(ObjectId.fromString(fromCommit)).getTree());
      org.eclipse.jgit.treewalk.CanonicalTreeParser to =
          new org.eclipse.jgit.treewalk.CanonicalTreeParser();
      to.reset(reader, walk.parseCommit(ObjectId.fromString(toCommit)).getTree());
      for (org.eclipse.jgit.diff.DiffEntry entry :
          git.diff().setOldTree(from).setNewTree(to).call()) {
        String file =
            entry.getChangeType() == org.eclipse.jgit.diff.DiffEntry.ChangeType.DELETE
                ? entry.getOldPath()
                : entry.getNewPath();
        if (!file.endsWith(".drl")) {
          continue;
        }
        java.io.ByteArrayOutputStream patch = new java.io.ByteArrayOutputStream();
        try (org.eclipse.jgit.diff.DiffFormatter formatter =
            new org.eclipse.jgit.diff.DiffFormatter(patch)) {
          formatter.setRepository(repository);
          formatter.format(entry);
        }
        diffs.add(
            new FileDiff(
                file, entry.getChangeType().name(), patch.toString(StandardCharsets.UTF_8)));
      }
      return diffs;
    } catch (IOException | GitAPIException e) {
      throw new RepositoryException("cannot compute the diff", e);
    }
  }

  /** Whether the working tree holds uncommitted changes (an outside edit not reloaded yet). */
  public boolean workingTreeIsClean() {
    try {
      return git.status().call().isClean();
    } catch (GitAPIException e) {
      throw new RepositoryException("cannot read the working tree status", e);
    }
  }

  @Override
  public void close() {
    git.close();
  }

  // --- git plumbing ---

  private ObjectId head() {
    try {
      ObjectId head = repository.resolve(Constants.HEAD);
      if (head == null) {
        throw new RepositoryException("the rule repository has no commit", null);
      }
      return head;
    } catch (IOException e) {
      throw new RepositoryException("cannot read HEAD", e);
    }
  }

  private Optional<ObjectId> draftTip() {
    try {
      return Optional.ofNullable(repository.resolve(DRAFT_REF));
    } catch (IOException e) {
      throw new RepositoryException("cannot read the draft branch", e);
    }
  }

  private ObjectId treeOf(ObjectId commit) {
    try (RevWalk walk = new RevWalk(repository)) {
      return walk.parseCommit(commit).getTree().getId();
    } catch (IOException e) {
      throw new RepositoryException("cannot read commit " + commit.name(), e);
    }
  }

  private RuleSnapshot snapshot(ObjectId commit) {
    List<RuleSource> sources = new ArrayList<>();
    Map<String, String> blobs = new LinkedHashMap<>();
    try (ObjectReader reader = repository.newObjectReader();
        TreeWalk walk = new TreeWalk(reader)) {
      walk.addTree(treeOf(commit));
      walk.setRecursive(false);
      while (walk.next()) {
        String name = walk.getPathString();
        if (!name.endsWith(".drl") || walk.isSubtree()) {
          continue;
        }
        ObjectId blob = walk.getObjectId(0);
        sources.add(
            new RuleSource(name, new String(reader.open(blob).getBytes(), StandardCharsets.UTF_8)));
        blobs.put(name, blob.name());
      }
    } catch (IOException e) {
      throw new RepositoryException("cannot read commit " + commit.name(), e);
    }
    return new RuleSnapshot(commit.name(), sources, blobs);
  }

  /** The changes that turn {@code from} (null: empty) into exactly {@code to} (DRL files). */
  private static Map<String, String> changesFor(RuleSnapshot from, List<RuleSource> to) {
    Map<String, String> changes = new TreeMap<>();
    if (from != null) {
      from.sources().forEach(s -> changes.put(s.file(), null));
    }
    to.forEach(s -> changes.put(s.file(), s.text()));
    return changes;
  }

  /** A tree equal to {@code base} with the given files replaced (null text: removed). */
  private ObjectId writeTree(ObjectId base, Map<String, String> changes) throws IOException {
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

  private ObjectId writeCommit(
      ObjectId tree, List<ObjectId> parents, PersonIdent author, String message)
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

  private void updateRef(String ref, ObjectId commit, ObjectId expectedOld) throws IOException {
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

  /** Moves the checked-out branch to the commit and makes index and working tree match it. */
  private void moveActive(ObjectId commit) throws IOException {
    try {
      git.reset().setMode(ResetCommand.ResetType.HARD).setRef(commit.name()).call();
    } catch (GitAPIException e) {
      throw new IOException("cannot check out " + commit.name(), e);
    }
  }

  private List<String> changedFiles(RevCommit commit) throws IOException {
    List<String> changed = new ArrayList<>();
    try (ObjectReader reader = repository.newObjectReader();
        TreeWalk walk = new TreeWalk(reader)) {
      walk.setRecursive(true);
      if (commit.getParentCount() > 0) {
        try (RevWalk revWalk = new RevWalk(reader)) {
          walk.addTree(revWalk.parseCommit(commit.getParent(0)).getTree());
        }
      } else {
        walk.addTree(new org.eclipse.jgit.treewalk.EmptyTreeIterator());
      }
      walk.addTree(commit.getTree());
      walk.setFilter(org.eclipse.jgit.treewalk.filter.TreeFilter.ANY_DIFF);
      while (walk.next()) {
        changed.add(walk.getPathString());
      }
    }
    return changed;
  }

  private static HistoryEntry entry(RevCommit commit, List<String> files) {
    String message = commit.getFullMessage();
    String action = "";
    String version = null;
    StringBuilder reason = new StringBuilder();
    for (String line : message.split("\n")) {
      if (line.startsWith(ACTION_TRAILER)) {
        action = line.substring(ACTION_TRAILER.length()).trim();
      } else if (line.startsWith(VERSION_TRAILER)) {
        version = line.substring(VERSION_TRAILER.length()).trim();
      } else {
        reason.append(line).append('\n');
      }
    }
    return new HistoryEntry(
        commit.name(),
        commit.getAuthorIdent().getName(),
        commit.getAuthorIdent().getWhenAsInstant(),
        reason.toString().strip(),
        action,
        version,
        files);
  }
}
