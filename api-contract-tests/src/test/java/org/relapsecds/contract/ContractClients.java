package org.relapsecds.contract;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import org.relapsecds.client.ApiClient;
import org.relapsecds.client.ApiException;
import org.relapsecds.client.model.Problem;

/**
 * Generated clients as each kind of caller, all recording through one {@link RecordingHttpClient};
 * a strict object mapper (an undeclared member fails the parse); and a CDS client's key and JWTs.
 */
final class ContractClients {
  static final String SERVICE_KEY = "contract-service-key";
  static final String AUDITOR_KEY = "contract-auditor-key";
  static final String AUDITOR_KEY_SHA256 =
      "74317cc332730c19bae0646f127340bb289bb1f8ff93ddadf26e07b9cdc95e05";
  static final String EDITOR_PASSWORD = "contract-editor-password";
  static final String CDS_ISSUER = "https://ehr.contract.example";
  static final Path JWKS = Path.of("target", "contract-test", "jwks.json").toAbsolutePath();

  private static final ECKey EC;

  static {
    try {
      EC = new ECKeyGenerator(Curve.P_384).keyID("contract-ec").generate();
      Files.createDirectories(JWKS.getParent());
      Files.writeString(JWKS, new JWKSet(List.of(EC.toPublicJWK())).toString());
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every answer any client received, in order. */
  static final RecordingHttpClient WIRE = new RecordingHttpClient();

  private ContractClients() {}

  /** The generated client's own mapper, made strict: an undeclared member fails the parse. */
  static ObjectMapper strictMapper() {
    return ApiClient.createDefaultObjectMapper()
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
  }

  static ApiClient anonymous(int port) {
    ApiClient client = new ApiClient();
    client.updateBaseUri("http://127.0.0.1:" + port);
    client.setObjectMapper(strictMapper());
    client.setHttpClientBuilder(new Recording());
    return client;
  }

  static ApiClient withApiKey(int port, String key) {
    ApiClient client = anonymous(port);
    client.setRequestInterceptor(b -> b.header("X-API-Key", key));
    return client;
  }

  static ApiClient editor(int port) {
    ApiClient client = anonymous(port);
    String basic =
        Base64.getEncoder()
            .encodeToString(("editor:" + EDITOR_PASSWORD).getBytes(StandardCharsets.UTF_8));
    client.setRequestInterceptor(b -> b.header("Authorization", "Basic " + basic));
    return client;
  }

  /** A fresh, valid CDS client JWT for {@code audience}, as an Authorization header value. */
  static String bearer(String audience) {
    try {
      SignedJWT jwt =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.ES384)
                  .keyID(EC.getKeyID())
                  .type(JOSEObjectType.JWT)
                  .build(),
              new JWTClaimsSet.Builder()
                  .issuer(CDS_ISSUER)
                  .audience(audience)
                  .issueTime(Date.from(Instant.now()))
                  .expirationTime(Date.from(Instant.now().plusSeconds(300)))
                  .jwtID(UUID.randomUUID().toString())
                  .build());
      jwt.sign(new ECDSASigner(EC));
      return "Bearer " + jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /** What a call failed with, parsed by the generated Problem model with the strict mapper. */
  static Problem problem(ApiException e) {
    try {
      return strictMapper().readValue(e.getResponseBody(), Problem.class);
    } catch (IOException parse) {
      throw new AssertionError(
          "the " + e.getCode() + " answer does not parse as Problem: " + e.getResponseBody(),
          parse);
    }
  }

  /** A builder that hands the generated client the recording HttpClient. */
  private static final class Recording implements HttpClient.Builder {
    @Override
    public HttpClient.Builder cookieHandler(CookieHandler handler) {
      return this;
    }

    @Override
    public HttpClient.Builder connectTimeout(Duration duration) {
      return this;
    }

    @Override
    public HttpClient.Builder sslContext(SSLContext context) {
      return this;
    }

    @Override
    public HttpClient.Builder sslParameters(SSLParameters parameters) {
      return this;
    }

    @Override
    public HttpClient.Builder executor(Executor executor) {
      return this;
    }

    @Override
    public HttpClient.Builder followRedirects(HttpClient.Redirect policy) {
      return this;
    }

    @Override
    public HttpClient.Builder version(HttpClient.Version version) {
      return this;
    }

    @Override
    public HttpClient.Builder priority(int priority) {
      return this;
    }

    @Override
    public HttpClient.Builder proxy(ProxySelector selector) {
      return this;
    }

    @Override
    public HttpClient.Builder authenticator(Authenticator authenticator) {
      return this;
    }

    @Override
    public HttpClient build() {
      return WIRE;
    }
  }
}
