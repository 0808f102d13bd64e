package org.relapsecds.api.evaluation;

/**
 * Who asked for an evaluation, for metrics, the log and the decision log.
 *
 * @param channel {@code single}, {@code batch} or {@code cds-hooks}
 * @param client the calling system when it is known (the CDS client's name or issuer), else null
 * @param hookInstance the CDS Hooks invocation id, else null
 */
public record EvaluationOrigin(String channel, String client, String hookInstance) {
  /** An evaluation of the JSON API, where the caller is the authenticated principal. */
  public static EvaluationOrigin of(String channel) {
    return new EvaluationOrigin(channel, null, null);
  }
}
