package org.relapsecds.api.cdshooks.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * {@code POST /cds-services/{id}/feedback}.
 *
 * @param feedback one item per card
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record FeedbackRequest(List<Item> feedback) {

  /**
   * Feedback on one card.
   *
   * @param card the card's uuid
   * @param outcome {@code accepted} or {@code overridden}
   * @param outcomeTimestamp RFC 3339 time of the outcome
   * @param overrideReason why it was overridden
   * @param acceptedSuggestions suggestions taken (this service makes none)
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Item(
      String card,
      String outcome,
      String outcomeTimestamp,
      OverrideReason overrideReason,
      List<AcceptedSuggestion> acceptedSuggestions) {}

  /**
   * An override reason.
   *
   * @param reason one of the card's override reasons
   * @param userComment free text
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record OverrideReason(Coding reason, String userComment) {}

  /**
   * An accepted suggestion.
   *
   * @param id the suggestion's id
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record AcceptedSuggestion(String id) {}
}
