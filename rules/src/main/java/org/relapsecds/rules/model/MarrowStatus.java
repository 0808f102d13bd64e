package org.relapsecds.rules.model;

import java.util.Objects;

/** Derived: the marrow grade (M1/M2/M3) of the relapse marrow. */
public record MarrowStatus(MarrowGrade grade) {
  public MarrowStatus {
    Objects.requireNonNull(grade, "grade");
  }

  // The default record text, spelled out: Java 17 builds it with String.format, and the engine's
  // trace prints every derived fact. DerivedFactTextTest keeps the two the same.
  @Override
  public String toString() {
    return "MarrowStatus[grade=" + grade + "]";
  }
}
