package org.relapsecds.rules.model;

import java.util.Objects;

/**
 * Derived: an extramedullary site that counts for the site class (for the CNS only with CNS3, or
 * when listed without a CNS status).
 */
public record ExtramedullaryInvolvement(ExtramedullarySite site) {
  public ExtramedullaryInvolvement {
    Objects.requireNonNull(site, "site");
  }

  // The default record text, spelled out: Java 17 builds it with String.format, and the engine's
  // trace prints every derived fact. DerivedFactTextTest keeps the two the same.
  @Override
  public String toString() {
    return "ExtramedullaryInvolvement[site=" + site + "]";
  }
}
