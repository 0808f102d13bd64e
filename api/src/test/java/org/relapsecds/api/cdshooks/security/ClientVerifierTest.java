package org.relapsecds.api.cdshooks.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relapsecds.api.cdshooks.CdsClientKeys;
import org.relapsecds.api.cdshooks.CdsHooksProperties;

/** Configuration the verifier refuses, key rotation through the JWK Set file. */
class ClientVerifierTest {
  static final String AUD = "https://cds.example/cds-services/relapsed-all-assessment";

  /** These tests are not about replays (TokenReplayAcrossServersTest is). */
  static final TokenIds NO_REPLAY_CHECK = (issuer, jti, keepUntil) -> true;

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
                    properties("file:/x", List.of("RS384", "HS256")),
                    Clock.systemUTC(),
                    NO_REPLAY_CHECK))
        .hasMessageContaining("asymmetric");
  }

  @Test
  void aJwksUriOverPlainHttpIsRefusedExceptOnLoopback() {
    assertThatThrownBy(
            () ->
                new ClientVerifier(
                    properties("http://ehr.example/jwks.json", null),
                    Clock.systemUTC(),
                    NO_REPLAY_CHECK))
        .hasMessageContaining("https");
    assertThat(
            new ClientVerifier(
                properties("http://127.0.0.1:9/jwks.json", null),
                Clock.systemUTC(),
                NO_REPLAY_CHECK))
        .isNotNull();
    assertThatThrownBy(
            () ->
                new ClientVerifier(
                    properties("ftp://ehr.example/jwks.json", null),
                    Clock.systemUTC(),
                    NO_REPLAY_CHECK))
        .hasMessageContaining("https");
  }

  @Test
  void aTokenVerifiesAgainstTheFileAndTheClientIsNamedByItsIssuer(@TempDir Path dir) {
    Path jwks = CdsClientKeys.writeJwks(dir.resolve("jwks.json"));
    ClientVerifier verifier =
        new ClientVerifier(
            properties(jwks.toUri().toString(), null), Clock.systemUTC(), NO_REPLAY_CHECK);
    AuthenticatedClient client = verifier.verify(CdsClientKeys.token(AUD).bearer(), Set.of(AUD));
    assertThat(client.issuer()).isEqualTo(CdsClientKeys.ISSUER);
    assertThat(client.name()).isEqualTo(CdsClientKeys.ISSUER);
  }
}
