package org.relapsecds.api.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The append-only audit trail of rule changes and logins, in the service's database (table {@code
 * audit_event}), shared by every server that uses the same database. A write is committed before
 * the call returns: an action is never reported done without its record.
 */
public final class AuditLog {
  private static final Logger log = LoggerFactory.getLogger(AuditLog.class);

  private final JdbcClient jdbc;
  private final Clock clock;

  public AuditLog(DataSource dataSource, Clock clock) {
    this.jdbc = JdbcClient.create(dataSource);
    this.clock = clock;
  }

  /** Appends one event. */
  public AuditEvent record(String actor, String action, String target, String detail) {
    AuditEvent event = new AuditEvent(clock.instant().toString(), actor, action, target, detail);
    insert(jdbc, event);
    log.info("audit {} by {} on {}", action, actor, target);
    return event;
  }

  static void insert(JdbcClient jdbc, AuditEvent event) {
    jdbc.sql(
            "INSERT INTO audit_event (occurred_at, actor, action, target, detail) VALUES (?, ?, ?, ?, ?)")
        .params(
            OffsetDateTime.parse(event.at()).withOffsetSameInstant(ZoneOffset.UTC),
            event.actor() == null ? "unknown" : event.actor(),
            event.action(),
            event.target(),
            event.detail())
        .update();
  }

  /** The newest events first, at most {@code limit}, optionally only those of one action prefix. */
  public List<AuditEvent> recent(int limit, String actionPrefix) {
    String where = actionPrefix == null ? "" : " WHERE action LIKE ? ESCAPE '\\'";
    JdbcClient.StatementSpec query =
        jdbc.sql(
            "SELECT occurred_at, actor, action, target, detail FROM audit_event"
                + where
                + " ORDER BY id DESC LIMIT ?");
    if (actionPrefix != null) {
      query =
          query.param(
              actionPrefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
    }
    return query.param(limit).query(AuditLog::event).list();
  }

  private static AuditEvent event(ResultSet rs, int row) throws SQLException {
    return new AuditEvent(
        rs.getObject("occurred_at", OffsetDateTime.class).toInstant().toString(),
        rs.getString("actor"),
        rs.getString("action"),
        rs.getString("target"),
        rs.getString("detail"));
  }
}
