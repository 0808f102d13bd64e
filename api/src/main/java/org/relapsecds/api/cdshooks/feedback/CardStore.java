package org.relapsecds.api.cdshooks.feedback;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.relapsecds.api.cdshooks.cards.IssuedCard;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cards issued and the feedback on them, through JDBC (H2 by default, PostgreSQL by configuration).
 * Feedback is accepted only for a card issued to the same client, and the same item twice is stored
 * once.
 */
@Repository
public class CardStore {
  private final JdbcClient jdbc;
  private final Clock clock;

  public CardStore(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Records the cards of one service call. */
  @Transactional
  public void issued(String serviceId, String client, String hookInstance, List<IssuedCard> cards) {
    OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    for (IssuedCard c : cards) {
      jdbc.sql(
              "INSERT INTO cds_card (uuid, service_id, client, hook_instance, indicator, summary,"
                  + " issued_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
          .params(
              c.card().uuid(),
              serviceId,
              client,
              hookInstance,
              c.card().indicator(),
              c.card().summary(),
              now)
          .update();
      for (String rule : new java.util.LinkedHashSet<>(c.rules())) {
        jdbc.sql("INSERT INTO cds_card_rule (card_uuid, rule_name) VALUES (?, ?)")
            .params(c.card().uuid(), rule)
            .update();
      }
    }
  }

  /** The client a card was issued to, for one service; empty for an unknown card. */
  public Optional<String> clientOf(String serviceId, String uuid) {
    return jdbc.sql("SELECT client FROM cds_card WHERE uuid = ? AND service_id = ?")
        .params(uuid, serviceId)
        .query(String.class)
        .optional();
  }

  /**
   * Stores one feedback item.
   *
   * @return false when the same item was stored before
   */
  public boolean feedback(StoredFeedback f) {
    try {
      return jdbc.sql(
                  "INSERT INTO cds_feedback (card_uuid, outcome, outcome_at, reason_system,"
                      + " reason_code, reason_display, user_comment, client, received_at)"
                      + " SELECT ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM"
                      + " cds_feedback WHERE card_uuid = ? AND outcome = ? AND outcome_at = ?)")
              .params(
                  f.card(),
                  f.outcome(),
                  f.outcomeAt(),
                  f.reasonSystem(),
                  f.reasonCode(),
                  f.reasonDisplay(),
                  f.userComment(),
                  f.client(),
                  OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC),
                  f.card(),
                  f.outcome(),
                  f.outcomeAt())
              .update()
          == 1;
    } catch (DuplicateKeyException e) {
      return false; // a concurrent copy of the same item won
    }
  }

  /** Per rule: cards shown, accepted and overridden, most overridden first. */
  public List<RuleFeedback> perRule() {
    return jdbc.sql(
            "SELECT r.rule_name AS rule, COUNT(DISTINCT r.card_uuid) AS shown,"
                + " COUNT(DISTINCT CASE WHEN f.outcome = 'accepted' THEN f.card_uuid END) AS accepted,"
                + " COUNT(DISTINCT CASE WHEN f.outcome = 'overridden' THEN f.card_uuid END) AS overridden"
                + " FROM cds_card_rule r LEFT JOIN cds_feedback f ON f.card_uuid = r.card_uuid"
                + " GROUP BY r.rule_name ORDER BY overridden DESC, shown DESC, r.rule_name")
        .query(
            (rs, n) ->
                new RuleFeedback(
                    rs.getString("rule"),
                    rs.getInt("shown"),
                    rs.getInt("accepted"),
                    rs.getInt("overridden"),
                    reasons(rs.getString("rule"))))
        .list();
  }

  private List<RuleFeedback.Reason> reasons(String rule) {
    return jdbc.sql(
            "SELECT f.reason_display AS display, f.user_comment AS comment, f.outcome_at AS at"
                + " FROM cds_feedback f JOIN cds_card_rule r ON r.card_uuid = f.card_uuid"
                + " WHERE r.rule_name = ? AND f.outcome = 'overridden' ORDER BY f.outcome_at DESC"
                + " LIMIT 10")
        .param(rule)
        .query(
            (rs, n) ->
                new RuleFeedback.Reason(
                    rs.getString("display"),
                    rs.getString("comment"),
                    rs.getObject("at", OffsetDateTime.class).toInstant().toString()))
        .list();
  }
}
