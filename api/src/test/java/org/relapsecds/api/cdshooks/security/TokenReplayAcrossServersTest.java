package org.relapsecds.api.cdshooks.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.relapsecds.api.cdshooks.CdsClientKeys;
import org.relapsecds.api.decisions.Databases;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The jti replay check across servers: two verifiers, each with its own data source on one database
 * (as two servers behind a load balancer have), on H2 and on PostgreSQL. A token one server served
 * is refused by the other; of servers racing with one token, exactly one serves it.
 */
class TokenReplayAcrossServersTest {
  static final String AUD = ClientVerifierTest.AUD;

  @TempDir Path dir;

  private ClientVerifier server(DataSource db, Clock clock) {
    Path jwks = CdsClientKeys.writeJwks(dir.resolve("jwks.json"));
    return new ClientVerifier(
        ClientVerifierTest.properties(jwks.toUri().toString(), null),
        clock,
        new TokenIdTable(JdbcClient.create(db), clock, Duration.ofMinutes(1)));
  }

  /** A second data source on the same database: another server's connection pool. */
  private static DataSource sameDatabase(DataSource db) {
    DriverManagerDataSource first = (DriverManagerDataSource) db;
    return new DriverManagerDataSource(first.getUrl(), first.getUsername(), first.getPassword());
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgresql"})
  void aTokenServedByOneServerIsRefusedByTheOther(String kind) {
    DataSource db = Databases.fresh(kind);
    ClientVerifier first = server(db, Clock.systemUTC());
    ClientVerifier second = server(sameDatabase(db), Clock.systemUTC());
    String token = CdsClientKeys.token(AUD).bearer();

    assertThat(first.verify(token, Set.of(AUD)).issuer()).isEqualTo(CdsClientKeys.ISSUER);
    assertThatThrownBy(() -> second.verify(token, Set.of(AUD)))
        .isInstanceOf(ClientAuthenticationException.class)
        .hasMessageContaining("replay");
    assertThatThrownBy(() -> first.verify(token, Set.of(AUD))).hasMessageContaining("replay");
    assertThat(second.verify(CdsClientKeys.token(AUD).bearer(), Set.of(AUD)))
        .as("a new token is served by either")
        .isNotNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgresql"})
  void ofServersRacingWithOneTokenExactlyOneServesIt(String kind) throws Exception {
    DataSource db = Databases.fresh(kind);
    List<ClientVerifier> servers = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      servers.add(server(i == 0 ? db : sameDatabase(db), Clock.systemUTC()));
    }
    String token = CdsClientKeys.token(AUD).bearer();
    int attempts = 8;
    ExecutorService pool = Executors.newFixedThreadPool(attempts);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Boolean>> outcomes = new ArrayList<>();
      for (int i = 0; i < attempts; i++) {
        ClientVerifier server = servers.get(i % servers.size());
        outcomes.add(
            pool.submit(
                () -> {
                  start.await();
                  try {
                    server.verify(token, Set.of(AUD));
                    return true;
                  } catch (ClientAuthenticationException refused) {
                    assertThat(refused).hasMessageContaining("replay");
                    return false;
                  }
                }));
      }
      start.countDown();
      int served = 0;
      for (Future<Boolean> outcome : outcomes) {
        served += outcome.get() ? 1 : 0;
      }
      assertThat(served).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgresql"})
  void expiredIdsArePurgedAndUnexpiredOnesKept(String kind) {
    DataSource db = Databases.fresh(kind);
    Instant now = Instant.parse("2026-12-01T10:00:00Z");
    TokenIdTable earlier =
        new TokenIdTable(
            JdbcClient.create(db), Clock.fixed(now, ZoneOffset.UTC), Duration.ofMinutes(1));
    assertThat(earlier.firstUse("iss", "old", now.plusSeconds(60))).isTrue();
    assertThat(earlier.firstUse("iss", "recent", now.plusSeconds(600))).isTrue();
    assertThat(earlier.firstUse("other-iss", "old", now.plusSeconds(60)))
        .as("ids are per issuer")
        .isTrue();

    TokenIdTable later =
        new TokenIdTable(
            JdbcClient.create(sameDatabase(db)),
            Clock.fixed(now.plusSeconds(120), ZoneOffset.UTC),
            Duration.ofMinutes(1));
    assertThat(later.firstUse("iss", "recent", now.plusSeconds(600)))
        .as("unexpired: still a replay")
        .isFalse();
    assertThat(
            JdbcClient.create(db)
                .sql("SELECT COUNT(*) FROM cds_token_id")
                .query(Long.class)
                .single())
        .as("the first call after the interval purged the two expired ids")
        .isEqualTo(1L);
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2"})
  void aJtiLongerThanTheColumnIsRefusedNotAServerError(String kind) {
    ClientVerifier server = server(Databases.fresh(kind), Clock.systemUTC());
    assertThatThrownBy(
            () ->
                server.verify(CdsClientKeys.token(AUD).jti("x".repeat(256)).bearer(), Set.of(AUD)))
        .isInstanceOf(ClientAuthenticationException.class)
        .hasMessageContaining("jti is longer than 255");
  }
}
