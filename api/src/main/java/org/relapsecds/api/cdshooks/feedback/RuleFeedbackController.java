package org.relapsecds.api.cdshooks.feedback;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/cds-hooks/feedback}: how clinicians answered each rule's cards. */
@RestController
@Tag(name = "CDS Hooks")
class RuleFeedbackController {
  private final CardStore store;

  RuleFeedbackController(CardStore store) {
    this.store = store;
  }

  /** Wire form: one entry per rule whose output was on a card. */
  record FeedbackSummary(List<RuleFeedback> rules) {}

  @GetMapping(path = "/api/v1/cds-hooks/feedback", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      operationId = "cdsFeedbackPerRule",
      summary = "Feedback on CDS Hooks cards, per rule",
      description =
          "For each rule whose output was shown on a card: cards shown, accepted, overridden, and the"
              + " latest override reasons. Roles CLINICIAN and RULE_EDITOR.")
  FeedbackSummary perRule() {
    return new FeedbackSummary(store.perRule());
  }
}
