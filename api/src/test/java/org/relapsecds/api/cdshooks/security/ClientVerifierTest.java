package org.relapsecds.api.cdshooks.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relapsecds.api.cdshooks.CdsClientKeys;
import org.relapsecds.api.cdshooks.CdsHooksProperties;

/** Configuration the verifier refuses, key rotation through the JWK Set file, the replay store. */
class ClientVerifierTest {
  static final String AUD = "https://cds.example/cds-services/relapsed-all-assessment";

  static CdsHooksProperties properties(String jwksUri, List<String> algorithms) {
    return new CdsHooksProperties(
        null,
        List.of(new CdsHooksProperties.Client(CdsClientKeys.ISSUER, jwksUri, null)),
        algorithms,
        null,
        null,
        null,
        Map.of(),
        Map.of(),
        Map.of());
  }

  @Test
  void hmacOrNoneInTheAlgorithmListStopsStartUp() {
    assertThatThrownBy(
            () ->
                new ClientVerifier(
                    properties("file:/x", List.of("RS384", "HS256")), Clock.systemUTC()))
        .hasMessageContaining("asymmetric");
  }

  @Test
  void aJwksUriOverPlainHttpIsRefusedExceptOnLoopback() {
    assertThatThrownBy(
            () ->
                new ClientVerifier(
                    properties("http://ehr.example/jwks.json", null), Clock.systemUTC()))
        .hasMessageContaining("https");
    assertThat(
            new ClientVerifier(properties("http://127.0.0.1:9/jwks.json", null), Clock.systemUTC()))
        .isNotNull();
    assertThatThrownBy(
            () ->
                new ClientVerifier(
                    properties("ftp://ehr.example/jwks.json", null), Clock.systemUTC()))
        .hasMessageContaining("https");
  }

  @Test
  void aTokenVerifiesAgainstTheFileAndTheClientIsNamedByItsIssuer(@TempDir Path dir) {
    Path jwks = CdsClientKeys.writeJwks(dir.resolve("jwks.json"));
    ClientVerifier verifier =
        new ClientVerifier(properties(jwks.toUri().toString(), null), Clock.systemUTC());
    AuthenticatedClient client = verifier.verify(CdsClientKeys.token(AUD).bearer(), Set.of(AUD));
    assertThat(client.issuer()).isEqualTo(CdsClientKeys.ISSUER);
    assertThat(client.name()).isEqualTo(CdsClientKeys.ISSUER);
  }

  @Test
  void theReplayStoreRefusesWhenFullOfUnexpiredIdsAndForgetsExpiredOnes() {
    Instant now = Instant.parse("2026-12-01T10:00:00Z");
    ReplayCache cache = new ReplayCache(2, Clock.fixed(now, ZoneOffset.UTC));
    assertThat(cache.firstUse("iss", "a", now.plusSeconds(60))).isTrue();
    assertThat(cache.firstUse("iss", "a", now.plusSeconds(60))).as("replay").isFalse();
    assertThat(cache.firstUse("other", "a", now.plusSeconds(60))).as("per issuer").isTrue();
    assertThat(cache.firstUse("iss", "b", now.plusSeconds(60))).as("full: fail closed").isFalse();
    ReplayCache expiring =
        new ReplayCache(1, Clock.offset(Clock.fixed(now, ZoneOffset.UTC), Duration.ofMinutes(5)));
    assertThat(expiring.firstUse("iss", "a", now.plusSeconds(60))).isTrue();
    assertThat(expiring.firstUse("iss", "b", now.plusSeconds(600)))
        .as("the expired id is purged")
        .isTrue();
    assertThat(expiring.size()).isEqualTo(1);
  }
}
