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
}
