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
}
