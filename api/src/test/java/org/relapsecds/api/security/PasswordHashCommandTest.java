package org.relapsecds.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** {@code hash-password} prints a bcrypt hash that the server accepts for the password. */
class PasswordHashCommandTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String stdin) {
    return PasswordHashCommand.run(
        null,
        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void printsABcryptHashOfThePasswordReadFromStandardInput() {
    assertThat(run("a clinician's password\n")).isZero();
    String hash = out.toString(StandardCharsets.UTF_8).strip();
    assertThat(hash).startsWith("$2a$");
    assertThat(new BCryptPasswordEncoder().matches("a clinician's password", hash)).isTrue();
  }

  @Test
  void refusesAShortOrMissingPassword() {
    assertThat(run("short\n")).isEqualTo(1);
    assertThat(run("")).isEqualTo(1);
    assertThat(out.size()).isZero();
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("at least 8 characters");
  }
}
