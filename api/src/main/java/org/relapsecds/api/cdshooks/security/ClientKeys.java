package org.relapsecds.api.cdshooks.security;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.text.ParseException;
import java.util.List;
import org.relapsecds.api.cdshooks.fhir.FhirServerClient;

/**
 * The JWK Set of one allow-listed client, from its configured {@code jwks-uri}: {@code https:}
 * (Nimbus' cached, rate-limited remote source), {@code http:} on a loopback host only, or {@code
 * file:} (re-read when the file changes, so keys rotate without a restart).
 */
final class ClientKeys {
  private ClientKeys() {}

  static JWKSource<SecurityContext> of(String jwksUri) {
    URI uri;
    try {
      uri = URI.create(jwksUri);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("cds.hooks.clients[].jwks-uri is not a URI: " + jwksUri);
    }
    String scheme =
        uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
    switch (scheme) {
      case "file":
        return new FileSource(Path.of(uri));
      case "https":
        return remote(uri);
      case "http":
        if (FhirServerClient.Loopback.is(uri.getHost())) {
          return remote(uri);
        }
        throw new IllegalArgumentException(
            "cds.hooks.clients[].jwks-uri must be https (http only on a loopback host): "
                + jwksUri);
      default:
        throw new IllegalArgumentException(
            "cds.hooks.clients[].jwks-uri must be https:, http: on loopback, or file:: " + jwksUri);
    }
  }

  private static JWKSource<SecurityContext> remote(URI uri) {
    try {
      return JWKSourceBuilder.create(uri.toURL()).build();
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException("cds.hooks.clients[].jwks-uri is not a URL: " + uri, e);
    }
  }

  /** A JWK Set file, re-read when its modification time changes. */
  private static final class FileSource implements JWKSource<SecurityContext> {
    private final Path file;
    private FileTime loadedAt;
    private JWKSet keys;

    FileSource(Path file) {
      this.file = file;
    }

    @Override
    public synchronized List<JWK> get(JWKSelector selector, SecurityContext context)
        throws KeySourceException {
      try {
        FileTime modified = Files.getLastModifiedTime(file);
        if (keys == null || !modified.equals(loadedAt)) {
          keys = JWKSet.parse(Files.readString(file));
          loadedAt = modified;
        }
      } catch (IOException | ParseException e) {
        throw new KeySourceException("cannot read the JWK Set " + file + ": " + e.getMessage(), e);
      }
      return selector.select(keys);
    }
  }
}
