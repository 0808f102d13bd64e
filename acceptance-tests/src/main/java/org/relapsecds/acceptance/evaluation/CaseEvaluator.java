package org.relapsecds.acceptance.evaluation;

/**
 * Evaluates a scenario's case, in-process against a knowledge base or over the JSON API of a
 * server. Both give the same view, so one set of step definitions checks both.
 */
public interface CaseEvaluator {
  /**
   * Evaluates a case.
   *
   * @return the outcome, or the rejection naming the bad fields
   */
  EvaluationResult evaluate(ClinicalCase clinicalCase);

  /** A short description for reports: "in-process (knowledge base ...)" or the server's URL. */
  String describe();
}
