package org.relapsecds.rules.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * A first-relapse risk group. Each value belongs to the schemes listed with it, so a BFM "HIGH" or
 * a COG "S2" cannot be constructed as a {@link RiskGroup}.
 */
public enum RiskStratum {
  S1(Scheme.BFM),
  S2(Scheme.BFM),
  S3(Scheme.BFM),
  S4(Scheme.BFM),
  STANDARD(Scheme.UK_R3),
  LOW(Scheme.COG),
  INTERMEDIATE(Scheme.UK_R3, Scheme.COG),
  HIGH(Scheme.UK_R3, Scheme.COG);

  private final Set<Scheme> schemes;

  RiskStratum(Scheme first, Scheme... rest) {
    this.schemes = EnumSet.of(first, rest);
  }

  /** Whether this group exists in the given scheme. */
  public boolean belongsTo(Scheme scheme) {
    return schemes.contains(scheme);
  }
}
