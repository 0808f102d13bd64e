package org.relapsecds.authoring.remote;

import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.errors.NotSupportedException;
import org.eclipse.jgit.errors.TransportException;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.FetchResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.transport.Transport;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;

/**
 * The git remote of the rule repository: fetch its published branch, push to it with a
 * compare-and-set. Any URL JGit reaches (a bare repository path, {@code file://}, {@code https://}
 * with a user name and token).
 */
public final class RemoteEndpoint {
  /** The published branch on the remote. */
  public static final String PUBLISHED_REF = "refs/heads/main";

  /** Where the last fetched published head is kept locally. */
  public static final String TRACKING_REF = "refs/remotes/rules-remote/main";

  /** On the remote: the commit each server is about to publish, one ref per server. */
  public static final String CANDIDATES = "refs/candidates/";

  /** Where the fetched candidates are kept locally. */
  public static final String TRACKED_CANDIDATES = "refs/remotes/rules-remote-candidates/";

  private final URIish uri;
  private final CredentialsProvider credentials;
  private final int timeoutSeconds;

  /**
   * @param uri the remote
   * @param username user for an https remote; null or blank for none
   * @param password its password or token
   * @param timeout network timeout of one fetch or push
   */
  public RemoteEndpoint(String uri, String username, String password, Duration timeout) {
    try {
      this.uri = new URIish(uri);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("cds.rules.remote is not a git URL: " + e.getMessage(), e);
    }
    this.credentials =
        username == null || username.isBlank()
            ? null
            : new UsernamePasswordCredentialsProvider(username, password == null ? "" : password);
    this.timeoutSeconds = (int) Math.max(1, timeout.toSeconds());
  }

  /** The remote without user information, for logs and status. */
  public String describe() {
    return uri.setUser(null).setPass(null).toString();
  }

  /**
   * Fetches the published branch into {@link #TRACKING_REF}.
   *
   * @return the published head; empty when the remote has no published branch yet
   */
  public Optional<ObjectId> fetch(Repository local) throws TransportException {
    try (Transport transport = open(local)) {
      var result =
          transport.fetch(
              NullProgressMonitor.INSTANCE,
              // a wildcard, so an empty remote answers with nothing instead of an error
              List.of(
                  new RefSpec("+refs/heads/*:refs/remotes/rules-remote/*"),
                  new RefSpec("+" + CANDIDATES + "*:" + TRACKED_CANDIDATES + "*")));
      requireTrackingRefsUpdated(result);
      Ref published = result.getAdvertisedRef(PUBLISHED_REF);
      return Optional.ofNullable(published).map(Ref::getObjectId);
    } catch (java.io.IOException e) {
      throw asTransportFailure(e);
    }
  }

  /**
   * Moves the published branch from {@code expectedOld} to {@code commit}, or not at all.
   *
   * @param expectedOld the head the change is based on; {@link ObjectId#zeroId()} when the remote
   *     must not have a published branch yet
   * @return the status of the update ({@code OK} when the remote took it)
   */
  public RemoteRefUpdate.Status push(Repository local, ObjectId commit, ObjectId expectedOld)
      throws TransportException {
    try {
      return send(
          local,
          new RemoteRefUpdate(
              local, commit.name(), PUBLISHED_REF, false, TRACKING_REF, expectedOld));
    } catch (java.io.IOException e) {
      throw asTransportFailure(e);
    }
  }

  /** Points {@code ref} on the remote at {@code commit}, whatever it pointed at. */
  public RemoteRefUpdate.Status forcePush(Repository local, ObjectId commit, String ref)
      throws TransportException {
    try {
      return send(local, new RemoteRefUpdate(local, commit.name(), ref, true, null, null));
    } catch (java.io.IOException e) {
      throw asTransportFailure(e);
    }
  }

  private RemoteRefUpdate.Status send(Repository local, RemoteRefUpdate update)
      throws java.io.IOException {
    try (Transport transport = open(local)) {
      transport.push(NullProgressMonitor.INSTANCE, List.of(update));
      return update.getStatus();
    }
  }

  /**
   * JGit reports a local ref it could not move (e.g. a lock file left by a killed process) in the
   * result, not as an exception; a fetch whose tracking ref stayed behind would let this server
   * take an old head for the published one.
   */
  private void requireTrackingRefsUpdated(FetchResult result) throws TransportException {
    for (var update : result.getTrackingRefUpdates()) {
      switch (update.getResult()) {
        case LOCK_FAILURE,
            IO_FAILURE,
            REJECTED,
            REJECTED_CURRENT_BRANCH,
            REJECTED_MISSING_OBJECT,
            REJECTED_OTHER_REASON ->
            throw new TransportException(
                describe()
                    + ": fetched, but the local ref "
                    + update.getLocalName()
                    + " could not be updated ("
                    + update.getResult()
                    + ")");
        default -> {}
      }
    }
  }

  private TransportException asTransportFailure(java.io.IOException e) {
    return e instanceof TransportException te
        ? te
        : new TransportException(describe() + ": " + e.getMessage(), e);
  }

  private Transport open(Repository local) throws TransportException {
    try {
      Transport transport = Transport.open(local, uri);
      transport.setTimeout(timeoutSeconds);
      if (credentials != null) {
        transport.setCredentialsProvider(credentials);
      }
      return transport;
    } catch (NotSupportedException e) {
      throw new TransportException(describe() + ": not a supported git URL", e);
    }
  }
}
