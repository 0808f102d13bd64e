package org.relapsecds.rules.model;

import java.util.Objects;

/** Derived: whether allogeneic HSCT in CR2 is indicated under one scheme. */
public record HsctIndication(Scheme scheme, HsctDecision decision) {
  public HsctIndication {
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(decision, "decision");
  }
}
