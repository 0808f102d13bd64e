package org.relapsecds.authoring.impact;

import java.util.List;

/**
 * One field of an outcome that differs between the active and the draft knowledge base.
 *
 * @param field e.g. {@code riskGroup.BFM}, {@code hsct.UK_R3}, {@code recommendations}
 * @param active the value now
 * @param draft the value with the draft
 * @param removed what the active rules say and the draft no longer does, in clinical words ("HSCT
 *     in CR2 under UK ALL R3: indicated", "Allogeneic HSCT in second complete remission (UK ALL
 *     R3)")
 * @param added what the draft says instead, in the same words
 */
public record FieldChange(
    String field, String active, String draft, List<String> removed, List<String> added) {
  public FieldChange {
    removed = List.copyOf(removed);
    added = List.copyOf(added);
  }

  /** The kind of change, e.g. {@code riskGroup.BFM: S2 -> S3}. */
  public String kind() {
    return field + ": " + active + " -> " + draft;
  }
}
