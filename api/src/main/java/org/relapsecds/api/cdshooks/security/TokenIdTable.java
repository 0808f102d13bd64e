package org.relapsecds.api.cdshooks.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Token ids in the database ({@code cds_token_id}, migration V11), so that every server behind one
 * address refuses a token another one has served: the id is inserted before the call is served, and
 * the primary key on (issuer, jti) makes the second insert fail, whichever server tries it. The
 * database decides, so two servers racing with the same token cannot both win. Expired ids are
 * deleted by the first call after each purge interval, on whichever server takes it.
 */
public final class TokenIdTable implements TokenIds {
  private static final Logger log = LoggerFactory.getLogger(TokenIdTable.class);

  private final JdbcClient jdbc;
  private final Clock clock;
  private final Duration purgeInterval;
  private final AtomicReference<Instant> nextPurge;

  public TokenIdTable(JdbcClient jdbc, Clock clock, Duration purgeInterval) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.purgeInterval = purgeInterval;
    this.nextPurge = new AtomicReference<>(clock.instant());
  }

  @Override
  public boolean firstUse(String issuer, String jti, Instant keepUntil) {
    purgeWhenDue();
    try {
      jdbc.sql("INSERT INTO cds_token_id (issuer, jti, expires_at) VALUES (?, ?, ?)")
          .params(issuer, jti, utc(keepUntil))
          .update();
      return true;
    } catch (DuplicateKeyException replay) {
      return false;
    }
  }

  /** Deletes the ids whose tokens have expired; returns how many. */
  public int purgeExpired() {
    return jdbc.sql("DELETE FROM cds_token_id WHERE expires_at < ?")
        .param(utc(clock.instant()))
        .update();
  }

  private void purgeWhenDue() {
    Instant now = clock.instant();
    Instant due = nextPurge.get();
    if (!now.isBefore(due) && nextPurge.compareAndSet(due, now.plus(purgeInterval))) {
      int purged = purgeExpired();
      if (purged > 0) {
        log.debug("CDS Hooks: purged {} expired token ids", purged);
      }
    }
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
