package org.relapsecds.rules.model;

import java.util.Objects;

/** Derived: time-to-relapse category under one scheme. COG has no VERY_EARLY category. */
public record RelapseTiming(Scheme scheme, TimingCategory category) {
  public RelapseTiming {
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(category, "category");
    if (scheme == Scheme.COG && category == TimingCategory.VERY_EARLY) {
      throw new IllegalArgumentException("COG distinguishes only early and late relapse");
    }
  }
}
