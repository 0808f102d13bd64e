package org.relapsecds.rules.model;

/** Sex as recorded; used only for the prognostic findings of Nguyen2008. */
public enum Sex {
  MALE,
  FEMALE,
  OTHER,
  UNKNOWN
}
