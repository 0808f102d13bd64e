package org.relapsecds.api.cdshooks.feedback;

import java.util.List;

/**
 * Feedback on the cards of one rule ({@code GET /api/v1/cds-hooks/feedback}).
 *
 * @param rule the rule's name
 * @param shown cards showing its output
 * @param accepted of those, accepted
 * @param overridden of those, overridden
 * @param recentOverrides the last override reasons and comments, newest first
 */
public record RuleFeedback(
    String rule, int shown, int accepted, int overridden, List<Reason> recentOverrides) {

  /**
   * An override.
   *
   * @param reason the reason's display, or null
   * @param comment the clinician's comment, or null
   * @param at when (RFC 3339, UTC)
   */
  public record Reason(String reason, String comment, String at) {}
}
