package org.relapsecds.api.decisions;

import java.time.Instant;

/**
 * A search of the decision log; null criteria do not restrict.
 *
 * @param caseId exact case id
 * @param from recorded at or after
 * @param to recorded before
 * @param knowledgeBaseVersion exact version
 * @param code a recommendation or alert code the outcome contains
 * @param caller the caller's name (API key label, user, CDS client)
 * @param page zero-based page
 * @param size records per page
 */
public record DecisionQuery(
    String caseId,
    Instant from,
    Instant to,
    String knowledgeBaseVersion,
    String code,
    String caller,
    int page,
    int size) {}
