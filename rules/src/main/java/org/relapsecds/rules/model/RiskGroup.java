package org.relapsecds.rules.model;

import java.util.Objects;

/** Derived: the first-relapse risk group under one scheme. */
public record RiskGroup(Scheme scheme, RiskStratum stratum) {
  public RiskGroup {
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(stratum, "stratum");
    if (!stratum.belongsTo(scheme)) {
      throw new IllegalArgumentException(stratum + " is not a group of " + scheme);
    }
  }

  // The default record text, spelled out: Java 17 builds it with String.format, and the engine's
  // trace prints every derived fact. DerivedFactTextTest keeps the two the same.
  @Override
  public String toString() {
    return "RiskGroup[scheme=" + scheme + ", stratum=" + stratum + "]";
  }
}
