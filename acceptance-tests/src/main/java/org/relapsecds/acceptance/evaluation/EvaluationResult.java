package org.relapsecds.acceptance.evaluation;

import java.util.List;

/** What came back for a case: an outcome, or a rejection naming every bad field. */
public sealed interface EvaluationResult {
  /** The case was evaluated. */
  record Evaluated(CaseOutcome outcome) implements EvaluationResult {}

  /**
   * The case was refused: in-process by the case builder, over HTTP by a 400 problem document.
   *
   * @param fields the API paths named by the errors, in order
   * @param detail the messages, for failure reports
   */
  record Rejected(List<String> fields, String detail) implements EvaluationResult {
    public Rejected {
      fields = List.copyOf(fields);
    }
  }
}
