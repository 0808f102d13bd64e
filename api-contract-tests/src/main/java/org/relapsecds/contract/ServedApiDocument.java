package org.relapsecds.contract;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.relapsecds.api.RelapseCdsApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the OpenAPI document the real service serves: starts the api on a free port with a scratch
 * data directory, fetches {@code /v3/api-docs} over HTTP and writes it, indented, to the given
 * file. The build runs it before generating the client (api-contract-tests/pom.xml), so the client
 * is always generated from what the code serves, never from a copy kept by hand.
 *
 * <p>Arguments: the output file, the data directory to use.
 */
public final class ServedApiDocument {
  private ServedApiDocument() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: ServedApiDocument <output.json> <data-directory>");
    }
    Path output = Path.of(args[0]).toAbsolutePath();
    Path data = Path.of(args[1]).toAbsolutePath();
    String throwaway = UUID.randomUUID().toString(); // no credential is used; none is generated
    ConfigurableApplicationContext context =
        new SpringApplicationBuilder(RelapseCdsApplication.class)
            .properties(
                "server.port=0",
                "server.address=127.0.0.1",
                "cds.data-directory=" + data,
                "cds.security.bootstrap-api-key=" + throwaway,
                "cds.security.bootstrap-editor-password=" + throwaway,
                "spring.main.banner-mode=off",
                "logging.level.root=WARN")
            .run();
    try {
      int port = ((WebServerApplicationContext) context).getWebServer().getPort();
      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v3/api-docs"))
                      .timeout(Duration.ofMinutes(2))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            "/v3/api-docs answered " + response.statusCode() + ": " + response.body());
      }
      JsonMapper json = JsonMapper.builder().build();
      Files.createDirectories(output.getParent());
      Files.writeString(
          output,
          json.writerWithDefaultPrettyPrinter().writeValueAsString(json.readTree(response.body())));
      System.out.println("Served OpenAPI document written to " + output);
    } finally {
      context.close();
    }
    System.exit(0); // non-daemon threads of the service (pools, watchers) must not hold the build
  }
}
