package org.relapsecds.api.decisions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The decision log's table ({@code decision}), through plain JDBC: one row per decision, written in
 * batches. The SQL is standard and runs on H2 (PostgreSQL mode) and PostgreSQL.
 */
public class DecisionStore {
  private static final String COLUMNS =
      "id, recorded_at, channel, caller_kind, caller_name, hook_instance, knowledge_base_version,"
          + " case_id, case_sha256, case_json, outcome_json, codes, duration_micros, feedback_json";

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;
  private final TransactionTemplate transactions;
  private final JsonMapper json = JsonMapper.builder().build();

  public DecisionStore(DataSource dataSource) {
    this.jdbc = JdbcClient.create(dataSource);
    this.batch = new JdbcTemplate(dataSource);
    this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
  }

  /** Writes the records in one transaction: all of them or none. */
  public void insert(List<DecisionRecord> records) {
    if (records.isEmpty()) {
      return;
    }
    List<Object[]> rows = new ArrayList<>(records.size());
    for (DecisionRecord r : records) {
      rows.add(
          new Object[] {
            r.id(),
            utc(r.recordedAt()),
            r.channel(),
            r.caller().kind(),
            r.caller().name(),
            r.hookInstance(),
            r.knowledgeBaseVersion(),
            r.caseId(),
            r.caseSha256(),
            r.caseJson(),
            json.writeValueAsString(r.outcome()),
            " " + String.join(" ", r.outcome().codes()) + " ",
            r.durationMicros(),
            r.feedbackJson()
          });
    }
    transactions.executeWithoutResult(
        status ->
            batch.batchUpdate(
                "INSERT INTO decision ("
                    + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows));
  }

  /** One record. */
  public Optional<DecisionRecord> find(String id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM decision WHERE id = ?")
        .param(id)
        .query(this::record)
        .optional();
  }

  /** The records matching the query, newest first, one page. */
  public List<DecisionRecord> search(DecisionQuery query) {
    List<Object> params = new ArrayList<>();
    String where = where(query, params);
    params.add(query.size());
    params.add((long) query.page() * query.size());
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM decision"
                + where
                + " ORDER BY recorded_at DESC, id DESC LIMIT ? OFFSET ?")
        .params(params)
        .query(this::record)
        .list();
  }

  /** How many records match the query (all pages). */
  public long count(DecisionQuery query) {
    List<Object> params = new ArrayList<>();
    String where = where(query, params);
    return jdbc.sql("SELECT COUNT(*) FROM decision" + where)
        .params(params)
        .query(Long.class)
        .single();
  }

  /** Deletes the records made before the instant; returns how many. */
  public int deleteRecordedBefore(Instant cutoff) {
    return jdbc.sql("DELETE FROM decision WHERE recorded_at < ?").param(utc(cutoff)).update();
  }

  private static String where(DecisionQuery q, List<Object> params) {
    List<String> conditions = new ArrayList<>();
    if (q.caseId() != null) {
      conditions.add("case_id = ?");
      params.add(q.caseId());
    }
    if (q.from() != null) {
      conditions.add("recorded_at >= ?");
      params.add(utc(q.from()));
    }
    if (q.to() != null) {
      conditions.add("recorded_at < ?");
      params.add(utc(q.to()));
    }
    if (q.knowledgeBaseVersion() != null) {
      conditions.add("knowledge_base_version = ?");
      params.add(q.knowledgeBaseVersion());
    }
    if (q.caller() != null) {
      conditions.add("caller_name = ?");
      params.add(q.caller());
    }
    if (q.code() != null) {
      // codes are upper-case letters, digits and '_'; anything else cannot match a code
      conditions.add("codes LIKE ? ESCAPE '\\'");
      params.add(
          "% " + q.code().replace("\\", "\\\\").replace("_", "\\_").replace("%", "\\%") + " %");
    }
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }

  private DecisionRecord record(ResultSet rs, int row) throws SQLException {
    return new DecisionRecord(
        rs.getString("id"),
        rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
        rs.getString("channel"),
        new Caller(rs.getString("caller_kind"), rs.getString("caller_name")),
        rs.getString("hook_instance"),
        rs.getString("knowledge_base_version"),
        rs.getString("case_id"),
        rs.getString("case_sha256"),
        rs.getString("case_json"),
        json.readValue(rs.getString("outcome_json"), DecisionOutcome.class),
        rs.getLong("duration_micros"),
        rs.getString("feedback_json"));
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
