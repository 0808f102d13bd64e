package org.relapsecds.authoring.remote;

import java.time.Instant;

/**
 * What a server knows of the remote, for readiness and the knowledge-base view.
 *
 * @param servedCommit the local active commit
 * @param remoteHead the published commit at the last fetch; null before one or on an empty remote
 * @param lastFetch when the remote last answered; null before
 * @param lastError why the last fetch or push failed; null when it succeeded
 * @param refusedCommit a published commit this server refused to activate (fails the rule check or
 *     does not compile); null when none
 * @param refusedReason why
 * @param caughtUp whether this server has compared itself with the remote since it started
 */
public record ReplicaStatus(
    String servedCommit,
    String remoteHead,
    Instant lastFetch,
    String lastError,
    String refusedCommit,
    String refusedReason,
    boolean caughtUp) {

  /** Whether this server serves the published head. */
  public boolean inSync() {
    return remoteHead == null || remoteHead.equals(servedCommit);
  }
}
