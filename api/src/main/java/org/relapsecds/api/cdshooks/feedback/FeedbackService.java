package org.relapsecds.api.cdshooks.feedback;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.relapsecds.api.cdshooks.security.AuthenticatedClient;
import org.relapsecds.api.cdshooks.wire.FeedbackRequest;
import org.relapsecds.api.problem.InvalidField;
import org.relapsecds.api.problem.InvalidRequestException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks and stores feedback: each item names a card this service issued to the same client, an
 * outcome ({@code accepted}, {@code overridden}) and an RFC 3339 time; an override reason needs a
 * display. All items are checked before any is stored, and every bad field is named.
 */
@Service
public class FeedbackService {
  static final int MAX_ITEMS = 100;
  static final int MAX_COMMENT = 2000;

  private final CardStore store;

  public FeedbackService(CardStore store) {
    this.store = store;
  }

  /**
   * Stores the items.
   *
   * @return how many were new (the rest had been stored before)
   * @throws InvalidRequestException naming each bad field
   */
  @Transactional
  public int store(String serviceId, AuthenticatedClient client, FeedbackRequest request) {
    List<InvalidField> errors = new ArrayList<>();
    List<StoredFeedback> items = new ArrayList<>();
    if (request.feedback() == null || request.feedback().isEmpty()) {
      errors.add(new InvalidField("feedback", "must list at least one item"));
    } else if (request.feedback().size() > MAX_ITEMS) {
      errors.add(new InvalidField("feedback", "lists more than " + MAX_ITEMS + " items"));
    } else {
      for (int i = 0; i < request.feedback().size(); i++) {
        StoredFeedback item =
            check(serviceId, client, request.feedback().get(i), "feedback[" + i + "]", errors);
        if (item != null) {
          items.add(item);
        }
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    int stored = 0;
    for (StoredFeedback item : items) {
      stored += store.feedback(item) ? 1 : 0;
    }
    return stored;
  }

  private StoredFeedback check(
      String serviceId,
      AuthenticatedClient client,
      FeedbackRequest.Item item,
      String at,
      List<InvalidField> errors) {
    if (item == null) {
      errors.add(new InvalidField(at, "must be an object"));
      return null;
    }
    int before = errors.size();
    if (item.card() == null || item.card().length() > 36) {
      errors.add(new InvalidField(at + ".card", "must be the uuid of a card"));
    } else if (!store.clientOf(serviceId, item.card()).map(client.issuer()::equals).orElse(false)) {
      errors.add(
          new InvalidField(at + ".card", "is not a card this service issued to this client"));
    }
    if (!"accepted".equals(item.outcome()) && !"overridden".equals(item.outcome())) {
      errors.add(new InvalidField(at + ".outcome", "must be accepted or overridden"));
    }
    OffsetDateTime when = null;
    try {
      when =
          item.outcomeTimestamp() == null
              ? null
              : OffsetDateTime.parse(item.outcomeTimestamp()).withOffsetSameInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      // reported below
    }
    if (when == null) {
      errors.add(
          new InvalidField(at + ".outcomeTimestamp", "must be an RFC 3339 date-time with offset"));
    }
    FeedbackRequest.OverrideReason reason = item.overrideReason();
    if (reason != null) {
      if (!"overridden".equals(item.outcome())) {
        errors.add(new InvalidField(at + ".overrideReason", "is only for outcome overridden"));
      }
      if (reason.reason() != null
          && (reason.reason().display() == null || reason.reason().display().isBlank())) {
        errors.add(new InvalidField(at + ".overrideReason.reason.display", "is required"));
      }
      if (reason.userComment() != null && reason.userComment().length() > MAX_COMMENT) {
        errors.add(
            new InvalidField(
                at + ".overrideReason.userComment",
                "is longer than " + MAX_COMMENT + " characters"));
      }
    }
    if (errors.size() > before) {
      return null;
    }
    return new StoredFeedback(
        item.card(),
        item.outcome(),
        when,
        reason == null || reason.reason() == null ? null : reason.reason().system(),
        reason == null || reason.reason() == null ? null : reason.reason().code(),
        reason == null || reason.reason() == null ? null : reason.reason().display(),
        reason == null ? null : reason.userComment(),
        client.issuer());
  }
}
