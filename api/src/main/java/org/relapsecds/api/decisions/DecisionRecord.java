package org.relapsecds.api.decisions;

import java.time.Instant;

/**
 * One recorded evaluation.
 *
 * @param id the decision id, returned to the caller as {@code decisionId}
 * @param recordedAt when the evaluation was answered
 * @param channel see {@link Channels}
 * @param caller who asked
 * @param hookInstance the CDS Hooks {@code hookInstance}; null for other channels
 * @param knowledgeBaseVersion the version that answered
 * @param caseId the caller's pseudonymous case id, or null
 * @param caseSha256 SHA-256 (hex) of the case as received
 * @param caseJson the case as received; null when only the digest is kept
 * @param outcome what was advised
 * @param durationMicros time the engine took
 * @param feedbackJson CDS Hooks feedback on the cards, once given; null before
 */
public record DecisionRecord(
    String id,
    Instant recordedAt,
    String channel,
    Caller caller,
    String hookInstance,
    String knowledgeBaseVersion,
    String caseId,
    String caseSha256,
    String caseJson,
    DecisionOutcome outcome,
    long durationMicros,
    String feedbackJson) {}
