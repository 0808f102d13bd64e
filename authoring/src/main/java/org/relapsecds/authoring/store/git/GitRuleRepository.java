package org.relapsecds.authoring.store.git;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.relapsecds.authoring.store.FileDiff;
import org.relapsecds.authoring.store.HistoryEntry;
import org.relapsecds.authoring.store.RuleSnapshot;
import org.relapsecds.authoring.store.RuleStore;
import org.relapsecds.authoring.store.RuleStoreException;
import org.relapsecds.authoring.store.StaleVersionException;
import org.relapsecds.rules.engine.BundledRules;
import org.relapsecds.rules.engine.RuleSource;

/**
 * The rules as files in a git repository on disk.
 *
 * <p>The checked-out branch holds the <em>active</em> rules: each publish, rollback or reload is a
 * commit there, authored by the editor, with the reason as message and the action and
 * knowledge-base version as trailers ({@link CommitTrailers}). Draft edits are commits on the
 * branch {@value #DRAFT_BRANCH}, built in memory (the working tree stays equal to the active rules,
 * so experts' own tools see what is live), so a restart loses nothing and every edit is attributed.
 * A publish merges the draft branch.
 */
public final class GitRuleRepository implements RuleStore {
  /** The branch that holds unpublished edits. */
  public static final String DRAFT_BRANCH = "draft";

  private final Path directory;
  private final Git git;
  private final Repository repository;
  private final GitObjects objects;
  private final GitHistory history;

  private GitRuleRepository(Path directory, Git git) {
    this.directory = directory;
    this.git = git;
    this.repository = git.getRepository();
    this.objects = new GitObjects(repository);
    this.history = new GitHistory(git, objects);
  }

  /**
   * Opens the repository in {@code directory}, creating it when needed: an empty or missing folder
   * becomes a git repository holding {@code initialRules} as its first commit; a folder of rule
   * files without git gets those files committed; a remote, when given and the folder is missing,
   * is cloned. Git lock files a killed server left behind are removed first ({@link StaleLocks}).
   */
  public static GitRuleRepository openOrCreate(
      Path directory, String remote, List<RuleSource> initialRules) {
    try {
      Path dir = directory.toAbsolutePath().normalize();
      Git git;
      if (Files.isDirectory(dir.resolve(".git"))) {
        StaleLocks.removeOlderThan(dir.resolve(".git"), StaleLocks.processStart());
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
      GitRuleRepository repo = new GitRuleRepository(dir, git);
      if (!repo.objects.hasHead()) {
        repo.createInitialCommit(initialRules);
      }
      return repo;
    } catch (IOException | GitAPIException e) {
      throw new RuleStoreException("cannot open the rule repository at " + directory, e);
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
    String reason =
        existing.isEmpty()
            ? "Create the rule repository from the bundled rules"
            : "Import the rules found in the folder";
    ObjectId tree = objects.writeTree(null, GitObjects.changesFor(null, rules));
    ObjectId commit =
        objects.writeCommit(
            tree, List.of(), GitObjects.SERVER, CommitTrailers.message(reason, "initial", null));
    moveActive(commit);
  }

  /** The folder of the working tree. */
  public Path directory() {
    return directory;
  }

  @Override
  public String location() {
    return directory.toString();
  }

  @Override
  public RuleSnapshot active() {
    return objects.snapshot(objects.head());
  }

  @Override
  public Optional<RuleSnapshot> at(String revision) {
    try {
      ObjectId id = repository.resolve(revision + "^{commit}");
      return id == null ? Optional.empty() : Optional.of(objects.snapshot(id));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The draft branch when it builds on the active commit, else the active rules. */
  @Override
  public RuleSnapshot draft() {
    return objects.snapshot(objects.draftTip().orElse(objects.head()));
  }

  @Override
  public boolean hasPendingDraft() {
    Optional<ObjectId> tip = objects.draftTip();
    return tip.isPresent() && !objects.treeOf(tip.get()).equals(objects.treeOf(objects.head()));
  }

  /** Whether the draft branch was started from an earlier active commit. */
  @Override
  public boolean draftIsBehindActive() {
    Optional<ObjectId> tip = objects.draftTip();
    if (tip.isEmpty()) {
      return false;
    }
    try (RevWalk walk = new RevWalk(repository)) {
      return !walk.isMergedInto(walk.parseCommit(objects.head()), walk.parseCommit(tip.get()));
    } catch (IOException e) {
      throw new RuleStoreException("cannot read the draft branch", e);
    }
  }

  /** Saves one draft change as a commit on the draft branch, with the action trailer "draft". */
  @Override
  public String saveDraft(
      String file, String text, String expectedVersion, String editor, String description) {
    try {
      Optional<ObjectId> tip = objects.draftTip();
      ObjectId base = tip.orElse(objects.head());
      String currentBlob = objects.snapshot(base).blobIds().get(file);
      if (expectedVersion == null ? currentBlob != null : !expectedVersion.equals(currentBlob)) {
        throw new StaleVersionException(
            currentBlob == null
                ? file + " does not exist in the draft"
                : file + " was changed since that version was read",
            currentBlob);
      }
      Map<String, String> change = new TreeMap<>();
      change.put(file, text);
      ObjectId tree = objects.writeTree(objects.treeOf(base), change);
      ObjectId commit =
          objects.writeCommit(
              tree,
              List.of(base),
              person(editor),
              CommitTrailers.message(description, "draft", null));
      objects.updateRef(GitObjects.DRAFT_REF, commit, tip.orElse(null));
      return commit.name();
    } catch (IOException e) {
      throw new RuleStoreException("cannot save the draft", e);
    }
  }

  /** Drops the draft branch's pending edits (they stay in the reflog and the audit trail). */
  @Override
  public void discardDraft() {
    try {
      objects.forceRef(GitObjects.DRAFT_REF, objects.head());
    } catch (IOException e) {
      throw new RuleStoreException("cannot discard the draft", e);
    }
  }

  /** A new commit on the checked-out branch, checked out; a publish's commit merges the draft. */
  @Override
  public String commitActive(
      List<RuleSource> sources,
      boolean mergeDraft,
      String editor,
      String reason,
      String action,
      String knowledgeBaseVersion) {
    try {
      boolean draftWasPending = hasPendingDraft();
      ObjectId head = objects.head();
      ObjectId tree =
          objects.writeTree(
              objects.treeOf(head), GitObjects.changesFor(objects.snapshot(head), sources));
      List<ObjectId> parents = new ArrayList<>();
      parents.add(head);
      Optional<ObjectId> draft = objects.draftTip();
      if (mergeDraft && draft.isPresent() && !draft.get().equals(head)) {
        parents.add(draft.get());
      }
      String message = CommitTrailers.message(reason, action, knowledgeBaseVersion);
      ObjectId commit = objects.writeCommit(tree, parents, person(editor), message);
      moveActive(commit);
      if (mergeDraft || !draftWasPending) {
        objects.forceRef(GitObjects.DRAFT_REF, commit);
      }
      return commit.name();
    } catch (IOException e) {
      throw new RuleStoreException("cannot commit the active rules", e);
    }
  }

  /** The rule files in the working tree, as an expert's own tools left them. */
  @Override
  public List<RuleSource> workingTreeSources() {
    try {
      return BundledRules.fromDirectory(directory);
    } catch (UncheckedIOException e) {
      throw new RuleStoreException("cannot read the working tree", e);
    }
  }

  @Override
  public boolean workingTreeIsClean() {
    try {
      return git.status().call().isClean();
    } catch (GitAPIException e) {
      throw new RuleStoreException("cannot read the working tree status", e);
    }
  }

  @Override
  public List<HistoryEntry> history(String file, int limit) {
    return history.history(file, limit);
  }

  @Override
  public Optional<String> commitOfVersion(String knowledgeBaseVersion) {
    return history(null, Integer.MAX_VALUE).stream()
        .filter(e -> knowledgeBaseVersion.equals(e.knowledgeBaseVersion()))
        .map(HistoryEntry::commit)
        .findFirst();
  }

  @Override
  public List<FileDiff> diff(String fromCommit, String toCommit) {
    return history.diff(fromCommit, toCommit);
  }

  @Override
  public void close() {
    git.close();
  }

  /**
   * Moves the checked-out branch to the commit, files included, or not at all ({@link Checkout}).
   */
  private void moveActive(ObjectId commit) throws IOException {
    Checkout.resetHard(git, commit);
  }

  private static PersonIdent person(String editor) {
    return new PersonIdent(editor, editor + "@relapse-cds");
  }
}
