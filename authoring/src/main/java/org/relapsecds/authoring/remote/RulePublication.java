package org.relapsecds.authoring.remote;

/**
 * What happens to a commit that changes the active rules (publish, rollback, reload) once it is
 * written to the local repository and before it becomes active.
 */
@FunctionalInterface
public interface RulePublication {
  /** One server alone: the local commit is the publication. */
  RulePublication LOCAL_ONLY = commit -> {};

  /**
   * Makes {@code commit} (the checked-out branch's new head) the published rules.
   *
   * @throws PublicationRefusedException when it cannot; the local commit has then been undone, so
   *     the repository is as it was before the change
   */
  void publish(String commit);

  /**
   * Says, before the gate runs, which commit a publish is about to make active, so other servers
   * can check and compile it meanwhile and switch at once when it is published. Best effort: a
   * failure is not the publish's.
   */
  default void announce(String commit) {}
}
