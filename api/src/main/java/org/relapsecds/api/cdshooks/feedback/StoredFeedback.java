package org.relapsecds.api.cdshooks.feedback;

import java.time.OffsetDateTime;

/**
 * One feedback item as stored.
 *
 * @param card the card's uuid
 * @param outcome {@code accepted} or {@code overridden}
 * @param outcomeAt when, UTC
 * @param reasonSystem override reason code system, or null
 * @param reasonCode override reason code, or null
 * @param reasonDisplay override reason text, or null
 * @param userComment the clinician's comment, or null
 * @param client the CDS client that sent it
 */
public record StoredFeedback(
    String card,
    String outcome,
    OffsetDateTime outcomeAt,
    String reasonSystem,
    String reasonCode,
    String reasonDisplay,
    String userComment,
    String client) {}
