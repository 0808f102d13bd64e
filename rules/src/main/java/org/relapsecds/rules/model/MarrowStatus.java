package org.relapsecds.rules.model;

import java.util.Objects;

/** Derived: the marrow grade (M1/M2/M3) of the relapse marrow. */
public record MarrowStatus(MarrowGrade grade) {
  public MarrowStatus {
    Objects.requireNonNull(grade, "grade");
  }
}
