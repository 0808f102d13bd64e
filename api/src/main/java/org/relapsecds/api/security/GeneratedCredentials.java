package org.relapsecds.api.security;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

/**
 * Credentials the server makes up at first start when none are configured. Only their hashes are
 * kept, in a properties file under the data directory, so they survive restarts; the plain value is
 * printed once, on the console, and never logged.
 */
final class GeneratedCredentials {
  static final String EDITOR_PASSWORD_HASH = "editor.password.bcrypt";
  static final String API_KEY_HASH = "api-key.sha256";

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path file;
  private final Properties stored = new Properties();

  GeneratedCredentials(Path file) {
    this.file = file;
    if (Files.isRegularFile(file)) {
      try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        stored.load(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file, e);
      }
    }
  }

  /** A stored hash, or null. */
  String hash(String key) {
    return stored.getProperty(key);
  }

  /** Remembers a hash; written to disk at once. */
  void store(String key, String hash) {
    stored.setProperty(key, hash);
    try {
      // created owner-only before anything is written into it
      OwnerOnlyFiles.ensure(file);
      try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        stored.store(out, "relapse-cds: hashes of credentials generated at first start");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  Path file() {
    return file;
  }

  /** A random secret of 144 bits, URL-safe. */
  static String newSecret() {
    byte[] bytes = new byte[18];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
