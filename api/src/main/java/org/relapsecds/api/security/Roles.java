package org.relapsecds.api.security;

/** The roles of the platform (without Spring's {@code ROLE_} prefix). */
public final class Roles {
  /** Edits, publishes and rolls back rules; may also evaluate and read. */
  public static final String RULE_EDITOR = "RULE_EDITOR";

  /** Evaluates cases and reads the rules. */
  public static final String CLINICIAN = "CLINICIAN";

  /**
   * Reviews what the platform advised: searches and reads the decision log, replays decisions,
   * reads the audit trail. Does not evaluate or edit.
   */
  public static final String AUDITOR = "AUDITOR";

  /** A calling system: evaluates by API key. */
  public static final String SERVICE = "SERVICE";

  private Roles() {}
}
