package org.relapsecds.api.cdshooks;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hl7.fhir.r4.model.Resource;

/**
 * A FHIR server for the fetch path: the JDK's HTTP server on a loopback port, answering the
 * services' prefetch queries with HAPI-encoded resources, and 401 unless the request carries {@code
 * Authorization: Bearer <token>}.
 */
final class LocalFhirServer implements AutoCloseable {
  private final HttpServer server;
  private final Map<String, String> answers = new ConcurrentHashMap<>();
  final List<String> requests = new CopyOnWriteArrayList<>();
  final List<String> authorizations = new CopyOnWriteArrayList<>();

  LocalFhirServer(String token) {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext(
        "/fhir",
        exchange -> {
          String query = exchange.getRequestURI().getRawQuery();
          String path = exchange.getRequestURI().getPath().substring("/fhir/".length());
          String key =
              query == null
                  ? path
                  : path + "?" + java.net.URLDecoder.decode(query, StandardCharsets.UTF_8);
          requests.add(key);
          String authorization = exchange.getRequestHeaders().getFirst("Authorization");
          authorizations.add(String.valueOf(authorization));
          String body = answers.get(key);
          int status = !("Bearer " + token).equals(authorization) ? 401 : body == null ? 404 : 200;
          byte[] bytes =
              (status == 200 ? body : "{\"resourceType\":\"OperationOutcome\"}")
                  .getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/fhir+json");
          exchange.sendResponseHeaders(status, bytes.length);
          exchange.getResponseBody().write(bytes);
          exchange.close();
        });
    server.start();
  }

  /** Answers the services' queries for this patient from a record's prefetch. */
  LocalFhirServer serve(String patientId, Map<String, Resource> prefetch) {
    CdsServices.PREFETCH.forEach(
        k -> {
          Resource r = prefetch.get(k.key());
          if (r != null) {
            answers.put(k.query(patientId), FhirRecords.json(r));
          }
        });
    return this;
  }

  String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/fhir";
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
