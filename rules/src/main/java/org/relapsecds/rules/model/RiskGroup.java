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
}
