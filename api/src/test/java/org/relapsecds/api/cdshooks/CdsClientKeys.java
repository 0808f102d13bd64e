package org.relapsecds.api.cdshooks;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * A CDS client for tests: an RSA (RS384) and an EC P-384 (ES384) key made at class load, their
 * public JWK Set written to a file the server reads ({@code file:} jwks-uri), and tokens minted
 * with any claim or header changed to try a check.
 */
public final class CdsClientKeys {
  /** The allow-listed issuer. */
  public static final String ISSUER = "https://ehr.test.example";

  public static final RSAKey RSA;
  public static final ECKey EC;

  static {
    try {
      RSA = new RSAKeyGenerator(2048).keyID("rsa-1").generate();
      EC = new ECKeyGenerator(Curve.P_384).keyID("ec-1").generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  private CdsClientKeys() {}

  /** Writes the public JWK Set to {@code file} and returns it. */
  public static Path writeJwks(Path file) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, new JWKSet(List.of(RSA.toPublicJWK(), EC.toPublicJWK())).toString());
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The JWK Set file of the api tests' Spring context (see ApiTestSupport). */
  public static final Path TEST_JWKS =
      writeJwks(Path.of("target", "cds-hooks-test", "jwks.json").toAbsolutePath());

  /** A token builder with valid defaults: RS384, kid rsa-1, iss {@link #ISSUER}, 5 minutes. */
  public static Token token(String audience) {
    return new Token(audience);
  }

  /** A token being built. */
  public static final class Token {
    JWSAlgorithm alg = JWSAlgorithm.RS384;
    String kid = "rsa-1";
    String issuer = ISSUER;
    List<String> audience;
    Instant issuedAt = Instant.now();
    Instant expires = Instant.now().plusSeconds(300);
    String jti = UUID.randomUUID().toString();
    URI jku;
    JOSEObjectType type = JOSEObjectType.JWT;

    Token(String audience) {
      this.audience = List.of(audience);
    }

    public Token alg(JWSAlgorithm value) {
      alg = value;
      kid = JWSAlgorithm.Family.EC.contains(value) ? "ec-1" : kid;
      return this;
    }

    public Token kid(String value) {
      kid = value;
      return this;
    }

    public Token issuer(String value) {
      issuer = value;
      return this;
    }

    public Token audience(String value) {
      audience = List.of(value);
      return this;
    }

    public Token issuedAt(Instant value) {
      issuedAt = value;
      return this;
    }

    public Token expires(Instant value) {
      expires = value;
      return this;
    }

    public Token jti(String value) {
      jti = value;
      return this;
    }

    public Token jku(String value) {
      jku = URI.create(value);
      return this;
    }

    JWTClaimsSet claims() {
      return new JWTClaimsSet.Builder()
          .issuer(issuer)
          .audience(audience)
          .issueTime(Date.from(issuedAt))
          .expirationTime(Date.from(expires))
          .jwtID(jti)
          .build();
    }

    /** The signed token. */
    public String sign() {
      try {
        JWSHeader.Builder header = new JWSHeader.Builder(alg).keyID(kid).type(type);
        if (jku != null) {
          header.jwkURL(jku);
        }
        SignedJWT jwt = new SignedJWT(header.build(), claims());
        JWSSigner signer =
            JWSAlgorithm.Family.HMAC_SHA.contains(alg)
                ? new MACSigner("a-shared-secret-of-at-least-256-bits-0123456789")
                : JWSAlgorithm.Family.EC.contains(alg)
                    ? new ECDSASigner(EC)
                    : new RSASSASigner(RSA);
        jwt.sign(signer);
        return jwt.serialize();
      } catch (JOSEException e) {
        throw new IllegalStateException(e);
      }
    }

    /** The same claims unsigned ({@code alg: none}). */
    public String unsigned() {
      return new PlainJWT(claims()).serialize();
    }

    /** {@code Bearer <signed token>}. */
    public String bearer() {
      return "Bearer " + sign();
    }
  }
}
