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

  // The default record text, spelled out: Java 17 builds it with String.format, and the engine's
  // trace prints every derived fact. DerivedFactTextTest keeps the two the same.
  @Override
  public String toString() {
    return "RelapseTiming[scheme=" + scheme + ", category=" + category + "]";
  }
}
