package org.relapsecds.api.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real executable jar ({@code java -jar}), started once per test JVM and shared by every {@code
 * *IT} class: the jar IT, the HTTP acceptance run and the browser tests.
 *
 * <p>Runs on a free port, in a fresh temporary directory that holds its data (rule repository,
 * generated credentials) and its log, with the bootstrap API key {@value #API_KEY} and the editor
 * password {@value #EDITOR_PASSWORD}. {@link #get()} returns once {@code
 * /actuator/health/readiness} is UP; the server stops when the JVM exits. If it does not become
 * ready, the exception carries the server's log.
 *
 * <p>The jar comes from the system property {@code cds.executableJar}, which failsafe sets.
 */
public final class ExecutableJarServer {
  /** The bootstrap API key (role SERVICE). */
  public static final String API_KEY = "it-api-key";

  /** User {@code editor} (role RULE_EDITOR) has this password. */
  public static final String EDITOR_USER = "editor";

  /** The password of {@link #EDITOR_USER}. */
  public static final String EDITOR_PASSWORD = "it-editor-password";

  /** A configured user with role CLINICIAN (evaluates and reads rules, never edits). */
  public static final String CLINICIAN_USER = "clinician";

  /** The password of {@link #CLINICIAN_USER}; the server knows only its bcrypt hash. */
  public static final String CLINICIAN_PASSWORD = "it-clinician-password";

  private static final String CLINICIAN_PASSWORD_HASH =
      "$2a$10$iYNmS7s/dJ4YSdEiWYQ0i.LlhZ/403/z11rrNtIO1ZOvnrbgdzl62";

  /** The allow-listed CDS Hooks client; its JWK Set file is {@link #cdsClientJwks()}. */
  public static final String CDS_CLIENT_ISSUER = "https://ehr.test.example";

  private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(240);
  private static ExecutableJarServer instance;

  private final Process process;
  private final int port;
  private final Path workDirectory;
  private final Path rulesRepository;
  private final Path log;

  private ExecutableJarServer(Process process, int port, Path workDirectory, Path log) {
    this.process = process;
    this.port = port;
    this.workDirectory = workDirectory;
    this.rulesRepository = workDirectory.resolve("rules");
    this.log = log;
  }

  /** The running server; starts it on first use. */
  public static synchronized ExecutableJarServer get() {
    if (instance == null) {
      instance = start();
    }
    return instance;
  }

  /** {@code http://localhost:<port>}, without a trailing slash. */
  public String baseUrl() {
    return "http://localhost:" + port;
  }

  public int port() {
    return port;
  }

  public String apiKey() {
    return API_KEY;
  }

  public String editorUser() {
    return EDITOR_USER;
  }

  public String editorPassword() {
    return EDITOR_PASSWORD;
  }

  /** The {@code Authorization} header value of the editor (HTTP Basic). */
  public String editorBasicAuth() {
    return "Basic "
        + java.util.Base64.getEncoder()
            .encodeToString((EDITOR_USER + ":" + EDITOR_PASSWORD).getBytes(StandardCharsets.UTF_8));
  }

  /** The server's rule repository directory ({@code cds.rules.repository}). */
  public Path rulesRepository() {
    return rulesRepository;
  }

  /** Where the server reads the CDS client's JWK Set (written by the test before its calls). */
  public Path cdsClientJwks() {
    return workDirectory.resolve("cds-client-jwks.json");
  }

  /** The server's working and data directory. */
  public Path workDirectory() {
    return workDirectory;
  }

  /** The server's console output so far. */
  public String log() {
    try {
      return Files.readString(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  /** The server process's id (for measuring it). */
  public long pid() {
    return process.pid();
  }

  private static ExecutableJarServer start() {
    try {
      return start(Files.createTempDirectory("relapse-cds-it-"), List.of());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Starts another server of its own (several servers: TwoServerIT), in {@code work} (an earlier
   * server's folder restarts that server on its data), with {@code extraArguments} added, and
   * returns once it is ready. Stop it with {@link #stop()} or {@link #kill()}.
   */
  public static ExecutableJarServer start(Path work, List<String> extraArguments) {
    String jarProperty = System.getProperty("cds.executableJar");
    if (jarProperty == null || !Files.isRegularFile(Path.of(jarProperty))) {
      throw new IllegalStateException(
          "System property cds.executableJar must name the executable jar (failsafe sets it);"
              + " got "
              + jarProperty);
    }
    try {
      Files.createDirectories(work);
      Path log = work.resolve("server.log");
      int port = freePort();
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.add("-Xmx512m");
      command.add("-jar");
      command.add(Path.of(jarProperty).toAbsolutePath().toString());
      command.add("--server.port=" + port);
      command.add("--cds.data-directory=" + work.resolve("data"));
      command.add("--cds.rules.repository=" + work.resolve("rules"));
      command.add("--cds.security.bootstrap-api-key=" + API_KEY);
      command.add("--cds.security.bootstrap-editor-password=" + EDITOR_PASSWORD);
      command.add("--cds.security.users[0].username=" + CLINICIAN_USER);
      command.add("--cds.security.users[0].password-hash=" + CLINICIAN_PASSWORD_HASH);
      command.add("--cds.security.users[0].roles=CLINICIAN");
      // CDS Hooks: one client whose JWK Set the CDS Hooks IT writes (read when first needed)
      command.add("--cds.hooks.clients[0].issuer=" + CDS_CLIENT_ISSUER);
      command.add(
          "--cds.hooks.clients[0].jwks-uri=" + work.resolve("cds-client-jwks.json").toUri());
      command.add("--cds.hooks.codes.marrow-blasts=http://lab.test/codes|BM-BLASTS");
      command.add("--cds.hooks.codes.mrd=http://lab.test/codes|BM-MRD");
      command.add("--cds.hooks.codes.testis=http://snomed.info/sct|40689003");
      command.add("--cds.hooks.codes.cd19=http://lab.test/codes|CD19");
      command.add("--cds.hooks.codes.cns-status=http://lab.test/codes|CNS-STATUS");
      command.add("--cds.hooks.codes.cns1=http://lab.test/codes|CNS1");
      command.add("--cds.hooks.codes.cns3=http://lab.test/codes|CNS3");
      // a shared, overloaded build machine can keep a correct evaluation from a core for longer
      // than the production budget of 250 ms; the budget's own tests set theirs
      command.add("--cds.evaluation.time-budget=10s");
      command.addAll(extraArguments);
      Process process =
          new ProcessBuilder(command)
              .directory(work.toFile())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
              .start();
      ExecutableJarServer server = new ExecutableJarServer(process, port, work, log);
      Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "stop-relapse-cds-server"));
      server.awaitReady();
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void awaitReady() {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest readiness =
        HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness"))
            .timeout(Duration.ofSeconds(5))
            .build();
    long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "The server exited with code " + process.exitValue() + ". Its log:\n" + log());
      }
      try {
        HttpResponse<String> response =
            client.send(readiness, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for the server", e);
      }
      try {
        process.waitFor(200, java.util.concurrent.TimeUnit.MILLISECONDS); // poll interval
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for the server", e);
      }
    }
    stop();
    throw new IllegalStateException(
        "The server was not ready within " + STARTUP_TIMEOUT + ". Its log:\n" + log());
  }

  /** Kills the server at once ({@code destroyForcibly}, like a crash); its folder stays. */
  public void kill() {
    process.destroyForcibly();
    try {
      process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Stops the server and deletes its folder. */
  public void stop() {
    process.destroy();
    try {
      if (!process.waitFor(15, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    deleteQuietly(workDirectory);
  }

  private static void deleteQuietly(Path directory) {
    try (Stream<Path> paths = Files.walk(directory)) {
      paths
          .sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.deleteIfExists(p);
                } catch (IOException e) {
                  // best effort: a temp directory left behind is harmless
                }
              });
    } catch (IOException e) {
      // best effort
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    }
  }
}
