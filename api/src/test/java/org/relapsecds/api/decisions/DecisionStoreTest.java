package org.relapsecds.api.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.relapsecds.api.audit.AuditEvent;
import org.relapsecds.api.audit.AuditFileImport;
import org.relapsecds.api.audit.AuditLog;

/**
 * The decision log's and the audit trail's SQL on both databases the service supports: embedded H2
 * (the default) and a real PostgreSQL server.
 */
class DecisionStoreTest {
  private static final Instant T0 = Instant.parse("2026-03-03T10:00:00Z");

  private static DecisionRecord record(
      String id, Instant at, String caseId, String version, String caller, List<String> recs) {
    return new DecisionRecord(
        id,
        at,
        Channels.SINGLE,
        new Caller(Caller.API_KEY, caller),
        null,
        version,
        caseId,
        "0".repeat(64),
        "{\"caseId\":\"" + caseId + "\"}",
        new DecisionOutcome(
            "COMBINED",
            "M3",
            Map.of("BFM", new DecisionOutcome.SchemeRisk("LATE", "S2", null, "NOT_INDICATED")),
            recs,
            List.of("NOT_A_TREATMENT_ORDER"),
            List.of(),
            List.of("rule a", "rule b")),
        1234,
        null);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"h2", "postgresql"})
  void aDecisionIsStoredAndReadBackExactly(String database) {
    DecisionStore store = new DecisionStore(Databases.fresh(database));
    DecisionRecord r = record("d-1", T0, "case-1", "v1", "ward", List.of("REINDUCTION"));
    store.insert(List.of(r));

    assertThat(store.find("d-1")).contains(r);
    assertThat(store.find("nope")).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"h2", "postgresql"})
  void theSearchFiltersByEachCriterionNewestFirstAndPages(String database) {
    DecisionStore store = new DecisionStore(Databases.fresh(database));
    List<DecisionRecord> records = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      records.add(
          record(
              "d-" + i,
              T0.plus(Duration.ofHours(i)),
              i % 3 == 0 ? "case-a" : "case-b",
              i < 10 ? "v1" : "v2",
              i % 2 == 0 ? "ward" : "lab",
              i % 5 == 0 ? List.of("REINDUCTION", "HSCT_IN_CR2") : List.of("REINDUCTION")));
    }
    store.insert(records);

    assertThat(ids(store, q("case-a", null, null, null, null, null, 0, 100))).hasSize(10);
    assertThat(ids(store, q(null, null, null, "v1", null, null, 0, 100))).hasSize(10);
    assertThat(ids(store, q(null, null, null, null, "HSCT_IN_CR2", null, 0, 100)))
        .containsExactly("d-25", "d-20", "d-15", "d-10", "d-5", "d-0");
    assertThat(ids(store, q(null, null, null, null, null, "lab", 0, 100))).hasSize(15);
    assertThat(
            ids(
                store,
                q(
                    null,
                    T0.plus(Duration.ofHours(5)),
                    T0.plus(Duration.ofHours(8)),
                    null,
                    null,
                    null,
                    0,
                    100)))
        .containsExactly("d-7", "d-6", "d-5");
    assertThat(ids(store, q(null, null, null, null, null, null, 0, 4)))
        .containsExactly("d-29", "d-28", "d-27", "d-26");
    assertThat(ids(store, q(null, null, null, null, null, null, 7, 4)))
        .containsExactly("d-1", "d-0");
    assertThat(store.count(q("case-a", null, null, "v2", null, "ward", 0, 1))).isEqualTo(3);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"h2", "postgresql"})
  void recordsOlderThanTheCutoffAreDeleted(String database) {
    DecisionStore store = new DecisionStore(Databases.fresh(database));
    store.insert(
        List.of(
            record("old", T0.minus(Duration.ofDays(400)), "c", "v1", "ward", List.of("X")),
            record("new", T0, "c", "v1", "ward", List.of("X"))));

    assertThat(store.deleteRecordedBefore(T0.minus(Duration.ofDays(365)))).isEqualTo(1);
    assertThat(ids(store, q(null, null, null, null, "X", null, 0, 10))).containsExactly("new");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"h2", "postgresql"})
  void theAuditTrailKeepsEventsNewestFirstAndImportsAnOldFileExactlyOnce(String database)
      throws Exception {
    DataSource db = Databases.fresh(database);
    Path dir = Files.createTempDirectory("audit-import");
    Path file = dir.resolve("audit.jsonl");
    String old =
        "{\"at\":\"2026-01-01T00:00:00Z\",\"actor\":\"editor\",\"action\":\"rules.publish\","
            + "\"target\":\"abc\",\"detail\":\"knowledge base a -> b\"}\n"
            + "{\"at\":\"2026-01-02T00:00:00Z\",\"actor\":\"unknown user\","
            + "\"action\":\"login.failed\",\"target\":null,\"detail\":\"BadCredentials\"}\n";
    Files.writeString(file, old, StandardCharsets.UTF_8);

    assertThat(AuditFileImport.importOnce(file, db)).isEqualTo(2);
    assertThat(file).doesNotExist();
    assertThat(dir.resolve("audit.jsonl.imported")).exists();
    // the same file put back (a restore, or a crash before the rename) is not imported again
    Files.writeString(file, old, StandardCharsets.UTF_8);
    assertThat(AuditFileImport.importOnce(file, db)).isZero();

    AuditLog audit = new AuditLog(db, Clock.systemUTC());
    audit.record("editor", "rules.rollback", "def", "back");
    List<AuditEvent> recent = audit.recent(10, null);
    assertThat(recent)
        .extracting(AuditEvent::action)
        .containsExactly("rules.rollback", "login.failed", "rules.publish");
    assertThat(audit.recent(10, "rules."))
        .extracting(AuditEvent::target)
        .containsExactly("def", "abc");
    assertThat(audit.recent(1, "login_")).isEmpty(); // '_' is not a wildcard
    assertThat(recent.get(2).at()).isEqualTo("2026-01-01T00:00:00Z");
  }

  private static DecisionQuery q(
      String caseId,
      Instant from,
      Instant to,
      String version,
      String code,
      String caller,
      int page,
      int size) {
    return new DecisionQuery(caseId, from, to, version, code, caller, page, size);
  }

  private static List<String> ids(DecisionStore store, DecisionQuery query) {
    return store.search(query).stream().map(DecisionRecord::id).toList();
  }
}
