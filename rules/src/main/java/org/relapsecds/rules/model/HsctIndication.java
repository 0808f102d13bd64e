package org.relapsecds.rules.model;

import java.util.Objects;

/** Derived: whether allogeneic HSCT in CR2 is indicated under one scheme. */
public record HsctIndication(Scheme scheme, HsctDecision decision) {
  public HsctIndication {
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(decision, "decision");
  }

  // The default record text, spelled out: Java 17 builds it with String.format, and the engine's
  // trace prints every derived fact. DerivedFactTextTest keeps the two the same.
  @Override
  public String toString() {
    return "HsctIndication[scheme=" + scheme + ", decision=" + decision + "]";
  }
}
