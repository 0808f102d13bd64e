package org.relapsecds.rules.model;

/** Testicular relapse, biopsy-proven, on one or both sides. */
public enum TesticularInvolvement {
  UNILATERAL,
  BILATERAL
}
