package org.relapsecds.rules.model;

import java.util.Objects;

/**
 * Derived: the group under a scheme depends on a fact not yet known (COG late relapse without MRD
 * is low or intermediate). Reported instead of a guess.
 *
 * @param scheme the scheme whose group is open
 * @param candidates the groups still possible, e.g. "LOW or INTERMEDIATE"
 */
public record RiskGroupPending(Scheme scheme, String candidates) {
  public RiskGroupPending {
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(candidates, "candidates");
  }

  // The default record text, spelled out: Java 17 builds it with String.format, and the engine's
  // trace prints every derived fact. DerivedFactTextTest keeps the two the same.
  @Override
  public String toString() {
    return "RiskGroupPending[scheme=" + scheme + ", candidates=" + candidates + "]";
  }
}
