package org.relapsecds.rules.model;

/** Settings beyond the standard first-relapse arm (specification sections 6.1 and 6.2). */
public enum TreatmentSetting {
  /** No second remission after reinduction. */
  REFRACTORY("no second remission after reinduction (refractory)"),
  /** A second or later relapse. */
  LATER_RELAPSE("second or later relapse"),
  /** A relapse after allogeneic HSCT. */
  AFTER_HSCT("relapse after allogeneic HSCT");

  private final String description;

  TreatmentSetting(String description) {
    this.description = description;
  }

  /** The setting in words, for rationales. */
  public String description() {
    return description;
  }
}
