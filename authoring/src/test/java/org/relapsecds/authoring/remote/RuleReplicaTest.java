package org.relapsecds.authoring.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.transport.RefSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relapsecds.authoring.check.Finding;
import org.relapsecds.authoring.check.RuleCheck;
import org.relapsecds.rules.engine.Compilation;
import org.relapsecds.rules.engine.KnowledgeBase;
import org.relapsecds.rules.engine.KnowledgeBaseCompiler;
import org.relapsecds.rules.engine.RuleSource;

/**
 * Two servers' rule repositories against one bare remote in a temporary folder: compare-and-set
 * publishing, fetch and swap, a broken published commit, and a server that stopped between its
 * commit and its push. The verifier is the real one of a server: rule check, then compile.
 */
class RuleReplicaTest {
  private static final String DRAFT = Constants.R_HEADS + "draft";
  private static final KnowledgeBaseCompiler COMPILER = new KnowledgeBaseCompiler();
  private static final RuleCheck CHECK = RuleCheck.standard();

  @TempDir Path temp;
  private Path bare;
  private final List<AutoCloseable> open = new ArrayList<>();

  @BeforeEach
  void createRemoteWithOneServersRules() throws Exception {
    bare = temp.resolve("remote.git");
    Git.init().setBare(true).setDirectory(bare.toFile()).setInitialBranch("main").call().close();
    Path first = temp.resolve("seed");
    try (Git git = Git.init().setDirectory(first.toFile()).setInitialBranch("main").call()) {
      commitFile(git, "note.drl", rule("Note every case", "first"), "Initial rules");
      git.push()
          .setRemote(bare.toUri().toString())
          .setRefSpecs(new RefSpec("main:refs/heads/main"))
          .call();
    }
  }

  @AfterEach
  void closeAll() throws Exception {
    for (AutoCloseable c : open) {
      c.close();
    }
  }

  @Test
  void aPublishBasedOnAStaleHeadIsRefusedAndLeavesTheServerAsItWas() throws Exception {
    Server a = server("a");
    Server b = server("b");
    ObjectId base = a.head();

    a.replica.publish(a.publishDraft("note.drl", rule("Note every case", "from a")).name());
    RevCommit fromB = b.publishDraft("note.drl", rule("Note every case", "from b"));
    ObjectId draftOfB = b.git.getRepository().resolve(fromB.getParent(1).name());

    assertThatThrownBy(() -> b.replica.publish(fromB.name()))
        .isInstanceOfSatisfying(
            PublicationRefusedException.class,
            e ->
                assertThat(e.reason())
                    .isEqualTo(PublicationRefusedException.Reason.REMOTE_CHANGED));
    assertThat(b.head()).isEqualTo(base);
    assertThat(b.ref(DRAFT)).as("the editor's draft is back").isEqualTo(draftOfB);
    assertThat(b.file("note.drl")).contains("first");
    assertThat(remoteHead()).isEqualTo(a.head());
    assertThat(b.replica.status().remoteHead()).isEqualTo(a.head().name());
  }

  @Test
  void anotherServersPublishIsFetchedCompiledAndCheckedOut() throws Exception {
    Server a = server("a");
    Server b = server("b");
    RevCommit published = a.publishDraft("note.drl", rule("Note every case", "second"));
    a.replica.publish(published.name());

    assertThat(b.replica.fetch()).isTrue();
    Optional<Adoption<KnowledgeBase>> adopted = b.replica.adopt(b::verify);

    assertThat(adopted).isPresent();
    assertThat(adopted.get().commit()).isEqualTo(published.name());
    assertThat(adopted.get().abandoned()).isNull();
    assertThat(adopted.get().value().ruleCount()).isEqualTo(1);
    assertThat(b.head()).isEqualTo(published);
    assertThat(b.ref(DRAFT)).as("no pending draft: it follows").isEqualTo(published);
    assertThat(b.file("note.drl")).contains("second");
    assertThat(b.replica.status().inSync()).isTrue();
    assertThat(b.replica.adopt(b::verify)).as("nothing new").isEmpty();
  }

  @Test
  void aPublishedCommitThatFailsTheRuleCheckOrDoesNotCompileIsNeverCheckedOut() throws Exception {
    Server b = server("b");
    ObjectId served = b.head();
    String hostile =
        rule("Note every case", "x").replace("insert(new", "System.exit(1); insert(new");
    pushOutsideTheServers("note.drl", hostile);

    b.replica.fetch();
    assertThat(b.replica.adopt(b::verify)).isEmpty();
    assertThat(b.head()).isEqualTo(served);
    assertThat(b.file("note.drl")).contains("first");
    ReplicaStatus status = b.replica.status();
    assertThat(status.refusedCommit()).isEqualTo(remoteHead().name());
    assertThat(status.refusedReason()).contains("rule check");
    assertThat(status.inSync()).isFalse();

    pushOutsideTheServers("note.drl", "rule \"unfinished\" when then");
    b.replica.fetch();
    assertThat(b.replica.adopt(b::verify)).isEmpty();
    assertThat(b.head()).isEqualTo(served);

    ObjectId fixed = pushOutsideTheServers("note.drl", rule("Note every case", "fixed"));
    b.replica.fetch();
    assertThat(b.replica.adopt(b::verify)).isPresent();
    assertThat(b.head()).isEqualTo(fixed);
    assertThat(b.replica.status().refusedCommit()).isNull();
  }

  @Test
  void aServerStoppedBetweenCommitAndPushServesThePublishedRulesAfterRestart() throws Exception {
    Server a = server("a");
    Server b = server("b");
    ObjectId published = a.head();
    RevCommit unpushed = a.publishDraft("note.drl", rule("Note every case", "never pushed"));
    ObjectId editorsDraft = unpushed.getParent(1);
    a.crash();
    // meanwhile the other server publishes
    RevCommit fromB = b.publishDraft("note.drl", rule("Note every case", "from b"));
    b.replica.publish(fromB.name());
    assertThat(remoteHead()).isEqualTo(fromB).isNotEqualTo(published);

    Server restarted = server("a");
    assertThat(restarted.replica.status().caughtUp()).isFalse();
    restarted.replica.fetch();
    Optional<Adoption<KnowledgeBase>> adopted = restarted.replica.adopt(restarted::verify);

    assertThat(adopted).isPresent();
    assertThat(adopted.get().abandoned()).isEqualTo(unpushed.name());
    assertThat(restarted.head()).isEqualTo(fromB);
    assertThat(restarted.file("note.drl")).contains("from b");
    assertThat(restarted.ref("refs/unpublished/" + unpushed.name())).isEqualTo(unpushed);
    assertThat(restarted.ref(DRAFT)).as("the edits come back as a draft").isEqualTo(editorsDraft);
    assertThat(remoteHead()).isEqualTo(fromB);
    assertThat(restarted.replica.status().caughtUp()).isTrue();
  }

  @Test
  void aRestartedServerWhoseCheckoutFailsIsNotCaughtUpUntilItMoves() throws Exception {
    Server a = server("a");
    Server b = server("b");
    ObjectId served = a.head();
    RevCommit fromB = b.publishDraft("note.drl", rule("Note every case", "from b"));
    b.replica.publish(fromB.name());
    // what a server killed in a checkout leaves: git refuses every checkout while it is there
    Path indexLock = a.git.getRepository().getDirectory().toPath().resolve("index.lock");
    Files.createFile(indexLock);

    assertThat(a.replica.fetch()).isTrue();
    assertThatThrownBy(() -> a.replica.adopt(a::verify)).isInstanceOf(RuntimeException.class);
    assertThat(a.head()).isEqualTo(served);
    assertThat(a.replica.status().caughtUp()).as("not ready while behind").isFalse();

    Files.delete(indexLock);
    assertThat(a.replica.adopt(a::verify)).isPresent();
    assertThat(a.head()).isEqualTo(fromB);
    assertThat(a.replica.status().caughtUp()).isTrue();
  }

  @Test
  void aTrackingRefThatCannotBeUpdatedIsAFailedFetchNotAnOldPublishedHead() throws Exception {
    Server a = server("a");
    Server b = server("b");
    assertThat(a.replica.fetch()).isTrue();
    RevCommit fromB = b.publishDraft("note.drl", rule("Note every case", "from b"));
    b.replica.publish(fromB.name());
    Path trackingLock =
        a.git
            .getRepository()
            .getDirectory()
            .toPath()
            .resolve(RemoteEndpoint.TRACKING_REF + ".lock");
    Files.createDirectories(trackingLock.getParent());
    Files.createFile(trackingLock);

    assertThat(a.replica.fetch()).isFalse();
    assertThat(a.replica.status().lastError()).contains("LOCK_FAILURE");

    Files.delete(trackingLock);
    assertThat(a.replica.fetch()).isTrue();
    assertThat(a.replica.status().remoteHead()).isEqualTo(fromB.name());
  }

  @Test
  void aCandidateAnnouncedByOneServerIsListedOnceByTheOthers() throws Exception {
    Server a = server("a");
    Server b = server("b");
    RevCommit candidate = a.publishDraft("note.drl", rule("Note every case", "candidate"));
    a.replica.announce(candidate.name());

    b.replica.fetch();
    a.replica.fetch();
    assertThat(b.replica.newCandidates()).containsExactly(candidate.name());
    assertThat(b.replica.newCandidates()).as("listed once").isEmpty();
    assertThat(a.replica.newCandidates()).as("not its own").isEmpty();
    assertThat(b.verify(candidate.name()).accepted()).isTrue();
    assertThat(remoteHead()).as("announcing publishes nothing").isNotEqualTo(candidate);
  }

  @Test
  void anEmptyRemoteIsSeededWithTheFirstServersRules() throws Exception {
    Path empty = temp.resolve("empty.git");
    Git.init().setBare(true).setDirectory(empty.toFile()).call().close();
    Path dir = temp.resolve("alone");
    try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
      commitFile(git, "note.drl", rule("Note every case", "alone"), "Initial rules");
    }
    RuleReplica replica = replica(dir, empty);
    assertThat(replica.fetch()).isTrue();
    assertThat(replica.adopt(c -> Verdict.refuse("not asked"))).isEmpty();
    try (Git remote = Git.open(empty.toFile())) {
      assertThat(remote.getRepository().resolve("refs/heads/main").name())
          .isEqualTo(replica.status().servedCommit());
    }
  }

  @Test
  void twoServersSeedingAnEmptyRemoteAtOnceEndOnTheSameHead() throws Exception {
    Path empty = temp.resolve("race.git");
    Git.init().setBare(true).setDirectory(empty.toFile()).setInitialBranch("main").call().close();
    List<RuleReplica> replicas = new ArrayList<>();
    for (String name : List.of("first", "second")) {
      Path dir = temp.resolve(name);
      try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
        commitFile(git, "note.drl", rule("Note every case", "bundled"), "Initial rules " + name);
      }
      replicas.add(replica(dir, empty));
    }
    // both fetch the empty remote before either seeds it
    replicas.forEach(RuleReplica::fetch);
    for (RuleReplica replica : replicas) {
      replica.adopt(c -> Verdict.accept("compiled"));
    }
    String published;
    try (Git remote = Git.open(empty.toFile())) {
      published = remote.getRepository().resolve("refs/heads/main").name();
    }
    assertThat(replicas)
        .allSatisfy(r -> assertThat(r.status().servedCommit()).isEqualTo(published));
    assertThat(replicas).allSatisfy(r -> assertThat(r.status().inSync()).isTrue());
  }

  @Test
  void anUnreachableRemoteRefusesThePublishAndUndoesTheLocalCommit() throws Exception {
    Server a = server("a");
    ObjectId base = a.head();
    RevCommit change = a.publishDraft("note.drl", rule("Note every case", "offline"));
    deleteRecursively(bare);

    assertThatThrownBy(() -> a.replica.publish(change.name()))
        .isInstanceOfSatisfying(
            PublicationRefusedException.class,
            e ->
                assertThat(e.reason())
                    .isEqualTo(PublicationRefusedException.Reason.REMOTE_UNAVAILABLE));
    assertThat(a.head()).isEqualTo(base);
    assertThat(a.replica.fetch()).isFalse();
    assertThat(a.replica.status().lastError()).isNotBlank();
  }

  // --- fixtures ---

  /** One server's repository: a clone of the remote, with its replica. */
  private final class Server {
    final Git git;
    final RuleReplica replica;

    Server(Git git, RuleReplica replica) {
      this.git = git;
      this.replica = replica;
    }

    ObjectId head() throws IOException {
      return git.getRepository().resolve(Constants.HEAD);
    }

    ObjectId ref(String ref) throws IOException {
      return git.getRepository().resolve(ref);
    }

    String file(String name) throws IOException {
      return Files.readString(git.getRepository().getWorkTree().toPath().resolve(name));
    }

    /** What a publish does locally: a draft commit, merged into the active branch. */
    RevCommit publishDraft(String file, String text) throws Exception {
      git.branchCreate().setName("draft").setStartPoint("main").setForce(true).call();
      git.checkout().setName("draft").call();
      RevCommit draft = commitFile(git, file, text, "Edit " + file + " (draft)");
      git.checkout().setName("main").call();
      git.merge()
          .include(draft)
          .setFastForward(MergeCommand.FastForwardMode.NO_FF)
          .setMessage("Publish")
          .call();
      RevCommit merge = git.getRepository().parseCommit(head());
      RefUpdate update = git.getRepository().updateRef(DRAFT);
      update.setNewObjectId(merge);
      update.setForceUpdate(true);
      update.forceUpdate();
      return merge;
    }

    /** The server's verifier: the DRL files of the commit pass the rule check and compile. */
    Verdict<KnowledgeBase> verify(String commit) {
      List<RuleSource> sources = sourcesAt(git.getRepository(), commit);
      List<Finding> findings = CHECK.check(sources);
      if (!findings.isEmpty()) {
        return Verdict.refuse("fails the rule check: " + findings);
      }
      Compilation compilation = COMPILER.compile(sources);
      return compilation.succeeded()
          ? Verdict.accept(compilation.orThrow())
          : Verdict.refuse("does not compile: " + compilation.problems());
    }

    void crash() {
      replica.close();
      git.close();
      open.remove(replica);
      open.remove(git);
    }
  }

  private Server server(String name) throws Exception {
    Path dir = temp.resolve(name);
    Git git =
        Files.isDirectory(dir.resolve(".git"))
            ? Git.open(dir.toFile())
            : Git.cloneRepository()
                .setURI(bare.toUri().toString())
                .setDirectory(dir.toFile())
                .call();
    open.add(git);
    return new Server(git, replica(dir, bare));
  }

  private RuleReplica replica(Path dir, Path remote) throws IOException {
    RuleReplica replica =
        new RuleReplica(
            dir,
            new RemoteEndpoint(remote.toString(), null, null, Duration.ofSeconds(10)),
            DRAFT,
            Clock.systemUTC(),
            dir.getFileName().toString());
    open.add(replica);
    return replica;
  }

  private ObjectId remoteHead() throws IOException {
    try (Git remote = Git.open(bare.toFile())) {
      return remote.getRepository().resolve("refs/heads/main");
    }
  }

  /** A commit pushed to the remote by someone else than the servers (e.g. a git client). */
  private ObjectId pushOutsideTheServers(String file, String text) throws Exception {
    Path dir = Files.createTempDirectory(temp, "outside");
    try (Git git =
        Git.cloneRepository().setURI(bare.toUri().toString()).setDirectory(dir.toFile()).call()) {
      RevCommit commit = commitFile(git, file, text, "Edited outside the servers");
      git.push().setRefSpecs(new RefSpec("HEAD:refs/heads/main")).call();
      return commit;
    }
  }

  private static RevCommit commitFile(Git git, String file, String text, String message)
      throws Exception {
    File target = new File(git.getRepository().getWorkTree(), file);
    Files.writeString(target.toPath(), text, StandardCharsets.UTF_8);
    git.add().addFilepattern(file).call();
    return git.commit().setMessage(message).setAuthor("editor", "editor@relapse-cds").call();
  }

  private static String rule(String name, String note) {
    return "package org.relapsecds.rules.kb;\n\nimport org.relapsecds.rules.model.*;\n\n"
        + "rule \""
        + name
        + "\"\n  @evidence(\"Tallen2010\") @status(\"unverified\")\nwhen\n  RelapseCase()\nthen\n"
        + "  insert(new Alert(AlertCode.NOT_COVERED, Severity.INFO, \""
        + note
        + "\"));\nend\n";
  }

  private static List<RuleSource> sourcesAt(
      org.eclipse.jgit.lib.Repository repository, String commit) {
    List<RuleSource> sources = new ArrayList<>();
    try (org.eclipse.jgit.revwalk.RevWalk walk = new org.eclipse.jgit.revwalk.RevWalk(repository);
        org.eclipse.jgit.treewalk.TreeWalk tree =
            new org.eclipse.jgit.treewalk.TreeWalk(repository)) {
      tree.addTree(walk.parseCommit(ObjectId.fromString(commit)).getTree());
      while (tree.next()) {
        if (tree.getPathString().endsWith(".drl")) {
          sources.add(
              new RuleSource(
                  tree.getPathString(),
                  new String(
                      repository.open(tree.getObjectId(0)).getBytes(), StandardCharsets.UTF_8)));
        }
      }
      return sources;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    try (var paths = Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
