package org.relapsecds.api.cdshooks.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.relapsecds.api.cdshooks.cards.IssuedCard;
import org.relapsecds.api.cdshooks.wire.Card;
import org.relapsecds.api.decisions.Databases;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The CDS Hooks card and feedback store (V10) on both databases the service supports: cards issued,
 * feedback stored once however often it is sent, counted per rule.
 */
class CardStoreDatabasesTest {

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgresql"})
  void feedbackIsStoredOnceAndCountedPerRule(String kind) {
    CardStore store = new CardStore(JdbcClient.create(Databases.fresh(kind)), Clock.systemUTC());
    String accepted = UUID.randomUUID().toString();
    String overridden = UUID.randomUUID().toString();
    store.issued(
        "relapsed-all-assessment",
        "Test EHR",
        UUID.randomUUID().toString(),
        List.of(card(accepted, "Rule A"), card(overridden, "Rule A")));
    assertThat(store.clientOf("relapsed-all-assessment", accepted)).contains("Test EHR");
    assertThat(store.clientOf("relapsed-all-order-check", accepted)).isEmpty();

    OffsetDateTime at = OffsetDateTime.of(2026, 12, 1, 10, 0, 0, 0, ZoneOffset.UTC);
    StoredFeedback yes =
        new StoredFeedback(accepted, "accepted", at, null, null, null, null, "Test EHR");
    assertThat(store.feedback(yes)).isTrue();
    assertThat(store.feedback(yes)).as("the same item again").isFalse();
    assertThat(
            store.feedback(
                new StoredFeedback(
                    overridden,
                    "overridden",
                    at,
                    "http://example.org/reasons",
                    "patient-declined",
                    "Patient declined",
                    "family wishes",
                    "Test EHR")))
        .isTrue();

    RuleFeedback ruleA = store.perRule().get(0);
    assertThat(ruleA.rule()).isEqualTo("Rule A");
    assertThat(ruleA.shown()).isEqualTo(2);
    assertThat(ruleA.accepted()).isEqualTo(1);
    assertThat(ruleA.overridden()).isEqualTo(1);
    assertThat(ruleA.recentOverrides()).hasSize(1);
  }

  private static IssuedCard card(String uuid, String rule) {
    return new IssuedCard(
        new Card(uuid, "summary", "info", "detail", null, List.of(), List.of()), List.of(rule));
  }
}
