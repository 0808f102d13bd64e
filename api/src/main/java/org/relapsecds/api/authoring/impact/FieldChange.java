package org.relapsecds.api.authoring.impact;

/**
 * One field of an outcome that differs between the active and the draft knowledge base.
 *
 * @param field e.g. {@code riskGroup.BFM}, {@code hsct.UK_R3}, {@code recommendations}
 * @param active the value now
 * @param draft the value with the draft
 */
public record FieldChange(String field, String active, String draft) {
  /** The kind of change, e.g. {@code riskGroup.BFM: S2 -> S3}. */
  public String kind() {
    return field + ": " + active + " -> " + draft;
  }
}
