package org.relapsecds.authoring.lifecycle;

/**
 * Where every rule change is recorded and attributed (the api keeps it in the database). A record
 * must be durable when the call returns: an action is never reported done without its record.
 */
public interface AuditTrail {
  /**
   * Records one action.
   *
   * @param actor who did it
   * @param action e.g. {@code rule.save}, {@code rules.publish}, {@code rules.publish.refused}
   * @param target the file or commit it was about
   * @param detail what happened, in words
   */
  void record(String actor, String action, String target, String detail);
}
