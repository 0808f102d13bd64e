package org.relapsecds.rules.model;

import java.util.Objects;

/** Derived: the site class of the relapse. */
public record RelapseSite(SiteClass siteClass) {
  public RelapseSite {
    Objects.requireNonNull(siteClass, "siteClass");
  }

  /** True unless the relapse is not established. */
  public boolean isEstablished() {
    return siteClass != SiteClass.NOT_ESTABLISHED;
  }

  // The default record text, spelled out: Java 17 builds it with String.format, and the engine's
  // trace prints every derived fact. DerivedFactTextTest keeps the two the same.
  @Override
  public String toString() {
    return "RelapseSite[siteClass=" + siteClass + "]";
  }
}
