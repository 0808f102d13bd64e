package org.relapsecds.rules.model;

/**
 * Derived marker: an isolated testicular relapse (marrow below 5 % and the testis the only
 * extramedullary site that counts).
 */
public record IsolatedTesticularRelapse() {
  // The default record text, spelled out: Java 17 builds it with String.format, and the engine's
  // trace prints every derived fact. DerivedFactTextTest keeps the two the same.
  @Override
  public String toString() {
    return "IsolatedTesticularRelapse[]";
  }
}
