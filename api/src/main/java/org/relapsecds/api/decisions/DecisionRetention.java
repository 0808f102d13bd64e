package org.relapsecds.api.decisions;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.relapsecds.api.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes decisions older than {@code cds.decisions.retention} (an ISO-8601 duration such as {@code
 * P365D}), at start-up and then every {@code cds.decisions.retention-interval} (default one hour).
 * Without a retention nothing is ever deleted. Each purge that deletes records is audited.
 */
public class DecisionRetention implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(DecisionRetention.class);

  private final DecisionStore store;
  private final AuditLog audit;
  private final Clock clock;
  private final Duration retention;
  private final ScheduledExecutorService scheduler;

  public DecisionRetention(
      DecisionStore store, AuditLog audit, Clock clock, Duration retention, Duration interval) {
    this.store = store;
    this.audit = audit;
    this.clock = clock;
    this.retention = retention;
    if (retention == null || retention.isZero() || retention.isNegative()) {
      this.scheduler = null;
      return;
    }
    this.scheduler =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "decision-log-retention");
              t.setDaemon(true);
              return t;
            });
    scheduler.scheduleWithFixedDelay(
        this::purgeQuietly, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Deletes what is older than the retention now; returns how many records went. */
  public int purge() {
    if (scheduler == null) {
      return 0;
    }
    int deleted = store.deleteRecordedBefore(clock.instant().minus(retention));
    if (deleted > 0) {
      audit.record(
          "system",
          "decisions.purge",
          null,
          deleted + " decision(s) older than the retention " + retention + " deleted");
    }
    return deleted;
  }

  private void purgeQuietly() {
    try {
      purge();
    } catch (RuntimeException e) {
      log.error("Decision log retention: the purge failed; retrying at the next interval", e);
    }
  }

  @Override
  public void close() {
    if (scheduler != null) {
      scheduler.shutdownNow();
    }
  }
}
