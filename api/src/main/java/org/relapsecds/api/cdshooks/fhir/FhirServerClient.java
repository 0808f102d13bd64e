package org.relapsecds.api.cdshooks.fhir;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.relapsecds.api.evaluation.RequestBodies;

/**
 * Reads from the CDS client's FHIR server with the client's access token: GET with {@code Accept:
 * application/fhir+json}, 5 s timeouts, answers capped at 8 MB. The token is sent and never logged.
 * Only {@code https} servers, or {@code http} on a loopback host, are contacted, and only URLs
 * under the server's base (a {@code next} link elsewhere is not followed): an allow-listed client
 * cannot turn the service into a probe of the internal network, nor leak its token.
 */
public final class FhirServerClient {
  static final int LIMIT_BYTES = 8 * 1024 * 1024;

  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(5))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  /** True when the service may contact this FHIR server. */
  public static boolean allowed(String base) {
    try {
      URI uri = URI.create(base);
      if ("https".equalsIgnoreCase(uri.getScheme())) {
        return uri.getHost() != null;
      }
      return "http".equalsIgnoreCase(uri.getScheme()) && Loopback.is(uri.getHost());
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * GETs a URL under {@code base}; empty when the server cannot be reached or does not answer 200.
   */
  public Optional<String> get(String base, String url, String bearerToken) {
    String root = base.endsWith("/") ? base : base + "/";
    if (!allowed(base) || !under(root, url)) {
      return Optional.empty();
    }
    try {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(URI.create(url))
              .timeout(Duration.ofSeconds(5))
              .header("Accept", "application/fhir+json");
      if (bearerToken != null && !bearerToken.isBlank()) {
        request.header("Authorization", "Bearer " + bearerToken);
      }
      HttpResponse<InputStream> response =
          http.send(request.GET().build(), HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream body = response.body()) {
        if (response.statusCode() != 200) {
          return Optional.empty();
        }
        long length = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        return Optional.of(
            new String(
                RequestBodies.read(body, length, LIMIT_BYTES),
                java.nio.charset.StandardCharsets.UTF_8));
      }
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  private static boolean under(String root, String url) {
    try {
      String normalised = URI.create(url).normalize().toString();
      return normalised.startsWith(root) || (normalised + "/").equals(root);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** Loopback hosts, where plain http is allowed (tests, a proxy on the same machine). */
  public static final class Loopback {
    private Loopback() {}

    public static boolean is(String host) {
      return host != null
          && (host.equalsIgnoreCase("localhost")
              || host.equals("::1")
              || host.equals("[::1]")
              || host.startsWith("127."));
    }
  }
}
