package org.relapsecds.rules.model;

/**
 * Derived: the prior regimens (frontline included) the agent rules count with. {@code assumed} is
 * true when the case did not send {@code history.priorRegimens} and the knowledge base counted the
 * minimum its setting implies (a refractory or later relapse has had at least 2; specification
 * 6.3).
 */
public record RegimenCount(int count, boolean assumed) {
  // The default record text, spelled out: Java 17 builds it with String.format, and the engine's
  // trace prints every derived fact. DerivedFactTextTest keeps the two the same.
  @Override
  public String toString() {
    return "RegimenCount[count=" + count + ", assumed=" + assumed + "]";
  }
}
