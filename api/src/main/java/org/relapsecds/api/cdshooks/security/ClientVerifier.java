package org.relapsecds.api.cdshooks.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.relapsecds.api.cdshooks.CdsHooksProperties;

/**
 * Verifies the JWT a CDS client sends ({@code Authorization: Bearer}), as CDS Hooks 2.0 requires:
 * an allow-listed {@code iss} with its own JWK Set (a {@code jku} other than the configured one is
 * refused, never fetched); an asymmetric {@code alg} from the allow-list ({@code none} and HMAC are
 * refused); {@code typ} JWT; a {@code kid} found in the issuer's keys; {@code aud} naming this
 * service's URL; {@code exp} and {@code iat} present, {@code iat} not in the future and the
 * lifetime bounded, with a small clock skew; and a {@code jti} not used before, on any server
 * sharing the {@link TokenIds} (recorded before the call is served).
 */
public final class ClientVerifier {
  private static final Set<String> REQUIRED = Set.of("iss", "aud", "exp", "iat", "jti");

  private record Client(CdsHooksProperties.Client config, JWKSource<SecurityContext> keys) {}

  private final Map<String, Client> clients = new HashMap<>();
  private final Set<JWSAlgorithm> algorithms = new LinkedHashSet<>();
  private final long skewSeconds;
  private final long maxLifetimeSeconds;
  private final TokenIds replays;
  private final Clock clock;

  public ClientVerifier(CdsHooksProperties properties, Clock clock, TokenIds usedTokenIds) {
    this.clock = clock;
    this.replays = usedTokenIds;
    for (String name : properties.algorithms()) {
      JWSAlgorithm alg = JWSAlgorithm.parse(name);
      if (JWSAlgorithm.Family.HMAC_SHA.contains(alg) || "none".equalsIgnoreCase(name)) {
        throw new IllegalArgumentException(
            "cds.hooks.algorithms may name asymmetric algorithms only, not " + name);
      }
      algorithms.add(alg);
    }
    for (CdsHooksProperties.Client c : properties.clients()) {
      if (c.issuer() == null || c.issuer().isBlank() || c.jwksUri() == null) {
        throw new IllegalArgumentException(
            "every cds.hooks.clients[] entry needs an issuer and a jwks-uri");
      }
      if (c.issuer().length() > TokenIds.MAX_ISSUER_LENGTH) {
        throw new IllegalArgumentException(
            "cds.hooks.clients[].issuer may have at most "
                + TokenIds.MAX_ISSUER_LENGTH
                + " characters");
      }
      clients.put(c.issuer(), new Client(c, ClientKeys.of(c.jwksUri())));
    }
    this.skewSeconds = properties.clockSkew().toSeconds();
    this.maxLifetimeSeconds = properties.maxTokenLifetime().toSeconds();
  }

  /**
   * Checks a bearer token.
   *
   * @param authorization the {@code Authorization} header, or null
   * @param audiences the URLs a token for this call may name in {@code aud}
   * @throws ClientAuthenticationException saying which check failed
   */
  public AuthenticatedClient verify(String authorization, Set<String> audiences) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw new ClientAuthenticationException("a JWT is required: Authorization: Bearer <JWT>");
    }
    SignedJWT jwt;
    JWTClaimsSet unverified;
    try {
      jwt = SignedJWT.parse(authorization.substring(7).trim());
      unverified = jwt.getJWTClaimsSet();
    } catch (ParseException | RuntimeException e) {
      throw new ClientAuthenticationException(
          "the bearer token is not a signed JWT (alg none is refused)");
    }
    JWSHeader header = jwt.getHeader();
    if (!algorithms.contains(header.getAlgorithm())) {
      throw new ClientAuthenticationException(
          "alg " + header.getAlgorithm() + " is not accepted; accepted: " + algorithms);
    }
    if (header.getKeyID() == null) {
      throw new ClientAuthenticationException("the JWT header has no kid");
    }
    Client client = unverified.getIssuer() == null ? null : clients.get(unverified.getIssuer());
    if (client == null) {
      throw new ClientAuthenticationException("iss is not an allow-listed CDS client");
    }
    if (header.getJWKURL() != null
        && !header.getJWKURL().toString().equals(client.config().jwksUri())) {
      throw new ClientAuthenticationException("jku is not the issuer's configured JWK Set");
    }
    JWTClaimsSet claims = process(jwt, client, audiences);
    Instant now = clock.instant();
    Instant issued = claims.getIssueTime().toInstant();
    Instant expires = claims.getExpirationTime().toInstant();
    if (issued.isAfter(now.plusSeconds(skewSeconds))) {
      throw new ClientAuthenticationException("iat is in the future");
    }
    if (expires.getEpochSecond() - issued.getEpochSecond() > maxLifetimeSeconds) {
      throw new ClientAuthenticationException(
          "the token lives longer than " + maxLifetimeSeconds + " s (exp - iat)");
    }
    if (claims.getJWTID().length() > TokenIds.MAX_JTI_LENGTH) {
      throw new ClientAuthenticationException(
          "jti is longer than " + TokenIds.MAX_JTI_LENGTH + " characters");
    }
    if (!replays.firstUse(
        client.config().issuer(), claims.getJWTID(), expires.plusSeconds(skewSeconds))) {
      throw new ClientAuthenticationException("jti was used before (replay)");
    }
    Object tenant = claims.getClaim("tenant");
    return new AuthenticatedClient(
        client.config().issuer(), client.config().label(), tenant instanceof String t ? t : null);
  }

  private JWTClaimsSet process(SignedJWT jwt, Client client, Set<String> audiences) {
    DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT));
    processor.setJWSKeySelector(new JWSVerificationKeySelector<>(algorithms, client.keys()));
    DefaultJWTClaimsVerifier<SecurityContext> claims =
        new DefaultJWTClaimsVerifier<>(
            new HashSet<>(audiences),
            new JWTClaimsSet.Builder().issuer(client.config().issuer()).build(),
            REQUIRED,
            null) {
          @Override
          protected java.util.Date currentTime() {
            return java.util.Date.from(clock.instant());
          }
        };
    claims.setMaxClockSkew((int) skewSeconds);
    processor.setJWTClaimsSetVerifier(claims);
    try {
      return processor.process(jwt, null);
    } catch (BadJOSEException e) {
      throw new ClientAuthenticationException(describe(e.getMessage()));
    } catch (JOSEException e) {
      throw new ClientAuthenticationException("the JWT could not be verified: " + e.getMessage());
    }
  }

  private static String describe(String message) {
    if (message == null) {
      return "the JWT was rejected";
    }
    if (message.contains("no matching key")) {
      return "kid is not in the issuer's JWK Set, or the signature does not verify";
    }
    if (message.contains("audience")) {
      return "aud does not name this service's URL";
    }
    if (message.contains("Expired")) {
      return "the JWT has expired";
    }
    return message;
  }
}
