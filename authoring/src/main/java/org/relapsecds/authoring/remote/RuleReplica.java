package org.relapsecds.authoring.remote;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.errors.TransportException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One server's rule repository kept in step with the shared remote.
 *
 * <p>The remote's published branch is the truth: a server serves the newest commit there that
 * passes its verifier (rule check and compile). A change made here is a local commit first, then
 * {@link #publish} pushes it with a compare-and-set on the commit it was based on; if another
 * server published in between, the push is refused and the local commit undone. {@link #adopt}
 * brings the repository to the fetched head: a fast-forward when this server is behind; when the
 * local head has commits the remote never took (the server stopped between its commit and its
 * push), the remote wins and the local commit is kept under {@code refs/unpublished/}.
 *
 * <p>Every method is {@code synchronized}; {@link #publish} and {@link #adopt} move the local
 * branch ({@link DraftBranch}), so the caller runs them under the lock that serialises its own
 * writes to the repository.
 */
public final class RuleReplica implements RulePublication, AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(RuleReplica.class);

  private final Git git;
  private final Repository repository;
  private final LocalRefs refs;
  private final RemoteEndpoint remote;
  private final DraftBranch branch;
  private final Clock clock;

  private final String serverName;
  private final java.util.Set<ObjectId> seenCandidates = new java.util.HashSet<>();
  private Instant lastFetch;
  private String lastError;
  private ObjectId refusedCommit;
  private String refusedReason;
  private boolean caughtUp;

  /**
   * @param workTree the rule repository's folder (its git repository must exist)
   * @param remote the shared remote
   * @param draftRef the local branch of unpublished edits; it follows the active branch when no
   *     draft is pending
   */
  public RuleReplica(Path workTree, RemoteEndpoint remote, String draftRef, Clock clock)
      throws IOException {
    this(workTree, remote, draftRef, clock, "server");
  }

  /**
   * @param serverName names this server's candidate ref on the remote ({@link #announce})
   */
  public RuleReplica(
      Path workTree, RemoteEndpoint remote, String draftRef, Clock clock, String serverName)
      throws IOException {
    this.serverName = serverName.replaceAll("[^A-Za-z0-9._-]", "-");
    this.git = Git.open(workTree.toFile());
    this.repository = git.getRepository();
    this.refs = new LocalRefs(git);
    this.remote = remote;
    this.branch = new DraftBranch(refs, draftRef);
    this.clock = clock;
  }

  /** The remote, without credentials. */
  public String remote() {
    return remote.describe();
  }

  /** What this server knows of the remote now. */
  public synchronized ReplicaStatus status() {
    ObjectId head = refs.resolve(Constants.HEAD);
    ObjectId tracked = refs.resolve(RemoteEndpoint.TRACKING_REF);
    return new ReplicaStatus(
        head == null ? null : head.name(),
        tracked == null ? null : tracked.name(),
        lastFetch,
        lastError,
        refusedCommit == null ? null : refusedCommit.name(),
        refusedReason,
        caughtUp);
  }

  /**
   * Asks the remote for its published head; safe to call without the caller's write lock (only the
   * tracking ref moves).
   *
   * @return whether the remote answered
   */
  public synchronized boolean fetch() {
    try {
      remote.fetch(repository);
      lastFetch = clock.instant();
      lastError = null;
      return true;
    } catch (TransportException e) {
      if (lastError == null) {
        log.warn("The rule remote {} does not answer: {}", remote.describe(), e.getMessage());
      }
      lastError = e.getMessage();
      return false;
    }
  }

  /**
   * Pushes the new local head with a compare-and-set on its first parent, the head it was based on.
   */
  @Override
  public synchronized void publish(String commit) {
    RevCommit change = refs.parse(ObjectId.fromString(commit));
    ObjectId base = change.getParentCount() == 0 ? ObjectId.zeroId() : change.getParent(0);
    RemoteRefUpdate.Status status;
    try {
      status = remote.push(repository, change, base);
    } catch (TransportException e) {
      lastError = e.getMessage();
      branch.undo(change);
      throw new PublicationRefusedException(
          PublicationRefusedException.Reason.REMOTE_UNAVAILABLE,
          "The rule remote could not be reached ("
              + e.getMessage()
              + "); nothing was activated on this server. If the remote received the commit"
              + " anyway, every server picks it up at its next fetch.",
          e);
    }
    if (status == RemoteRefUpdate.Status.OK || status == RemoteRefUpdate.Status.UP_TO_DATE) {
      lastError = null;
      return;
    }
    branch.undo(change);
    fetch(); // learn the head that won, for the status and the next adopt
    throw new PublicationRefusedException(
        PublicationRefusedException.Reason.REMOTE_CHANGED,
        "Another server changed the published rules first (remote "
            + status
            + "); this change was based on "
            + base.name()
            + " and was not published or activated. This server catches up within seconds: look"
            + " at the rules again and redo the change.",
        null);
  }

  /** Pushes the commit about to be published as this server's candidate; failures are ignored. */
  @Override
  public synchronized void announce(String commit) {
    try {
      remote.forcePush(
          repository, ObjectId.fromString(commit), RemoteEndpoint.CANDIDATES + serverName);
    } catch (TransportException | RuntimeException e) {
      log.debug("Candidate {} not announced: {}", commit, e.getMessage());
    }
  }

  /**
   * Candidates other servers announced since the last call (fetched by {@link #fetch}), to check
   * and compile ahead of their publication.
   */
  public synchronized java.util.List<String> newCandidates() {
    java.util.List<String> fresh = new java.util.ArrayList<>();
    try {
      for (var ref :
          repository.getRefDatabase().getRefsByPrefix(RemoteEndpoint.TRACKED_CANDIDATES)) {
        ObjectId id = ref.getObjectId();
        boolean own = ref.getName().endsWith("/" + serverName);
        if (id != null && seenCandidates.add(id) && !own) {
          fresh.add(id.name());
        }
      }
    } catch (IOException e) {
      log.debug("Candidates not read: {}", e.getMessage());
    }
    return fresh;
  }

  /**
   * Brings the local repository to the fetched published head if the verifier accepts it. Run it
   * after {@link #fetch} under the caller's write lock; the caller activates what it returns.
   *
   * @return the adoption, or empty when already there, when the remote head is refused (logged
   *     once, the current rules stay), or when the remote is empty (then this server's head is
   *     pushed as the first published commit)
   */
  public synchronized <T> Optional<Adoption<T>> adopt(Verdict.Verifier<T> verifier) {
    if (lastFetch == null) {
      return Optional.empty(); // never heard from the remote: nothing to compare with
    }
    Optional<Adoption<T>> adoption = compareAndMove(verifier);
    // only now: a failure half-way (e.g. a checkout that could not start) leaves this server not
    // ready, so a load balancer never sends it traffic while it serves rules the remote replaced
    caughtUp = true;
    return adoption;
  }

  private <T> Optional<Adoption<T>> compareAndMove(Verdict.Verifier<T> verifier) {
    ObjectId head = refs.resolve(Constants.HEAD);
    ObjectId published = refs.resolve(RemoteEndpoint.TRACKING_REF);
    if (published == null) {
      // another server may seed it at the same moment: then its commit is the head to adopt
      published = seedEmptyRemote(head);
      if (published == null || published.equals(head)) {
        return Optional.empty();
      }
    }
    if (published.equals(head)) {
      refusedCommit = null;
      return Optional.empty();
    }
    if (published.equals(refusedCommit)) {
      return Optional.empty(); // refused already; logged then
    }
    long start = System.nanoTime();
    Verdict<T> verdict = verifier.verify(published.name());
    long verifiedMillis = (System.nanoTime() - start) / 1_000_000;
    if (!verdict.accepted()) {
      refusedCommit = published;
      refusedReason = verdict.refusal();
      log.error(
          "Published rules {} are not activated on this server, which keeps serving {}: {}",
          published.name(),
          head.name(),
          verdict.refusal());
      return Optional.empty();
    }
    refusedCommit = null;
    refusedReason = null;
    String abandoned =
        refs.isAncestor(head, published) ? null : branch.keepUnpublished(head, published);
    branch.moveTo(head, published);
    log.info(
        "Rules {} published on the remote are active here (were {}; checked and compiled in {}"
            + " ms)",
        published.name(),
        head.name(),
        verifiedMillis);
    return Optional.of(new Adoption<>(head.name(), published.name(), verdict.value(), abandoned));
  }

  @Override
  public synchronized void close() {
    git.close();
  }

  // --- plumbing ---

  /** Pushes the local head to an empty remote; returns the published head afterwards. */
  private ObjectId seedEmptyRemote(ObjectId head) {
    try {
      RemoteRefUpdate.Status status = remote.push(repository, head, ObjectId.zeroId());
      log.info("The rule remote {} was empty: published {} ({})", remote(), head.name(), status);
      remote.fetch(repository);
    } catch (TransportException e) {
      lastError = e.getMessage();
    }
    return refs.resolve(RemoteEndpoint.TRACKING_REF);
  }
}
