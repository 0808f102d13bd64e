package org.relapsecds.authoring.impact;

import java.util.List;

/**
 * A reference case whose outcome the draft changes.
 *
 * @param caseId the case's id: its place in the grid, or the scenario it comes from
 * @param label the facts that define the case, in clinical words
 * @param changes the fields that differ
 */
public record CaseChange(String caseId, String label, List<FieldChange> changes) {
  public CaseChange {
    changes = List.copyOf(changes);
  }
}
