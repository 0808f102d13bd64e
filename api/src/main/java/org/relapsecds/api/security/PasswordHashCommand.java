package org.relapsecds.api.security;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * {@code hash-password}: prints the bcrypt hash of a password for a configured user, so a hospital
 * can add accounts without another tool. The password is read from the console without echo, or
 * from the first line of standard input when there is no console (scripts, pipes); it never comes
 * from the command line, where it would end up in the shell history and the process list.
 */
public final class PasswordHashCommand {
  /** The command's name, the first argument of the executable jar. */
  public static final String NAME = "hash-password";

  private static final int MIN_LENGTH = 8;

  private PasswordHashCommand() {}

  /**
   * Reads a password and prints its hash.
   *
   * @return the process exit code: 0 when a hash was printed
   */
  public static int run(Console console, InputStream in, PrintStream out, PrintStream err) {
    String password;
    try {
      password = read(console, in);
    } catch (IOException e) {
      err.println("Could not read the password: " + e.getMessage());
      return 2;
    }
    if (password == null || password.length() < MIN_LENGTH) {
      err.println("Give a password of at least " + MIN_LENGTH + " characters.");
      return 1;
    }
    out.println(new BCryptPasswordEncoder().encode(password));
    return 0;
  }

  private static String read(Console console, InputStream in) throws IOException {
    if (console != null) {
      char[] first = console.readPassword("Password: ");
      char[] again = console.readPassword("Password again: ");
      if (first == null || again == null) {
        return null;
      }
      String a = new String(first);
      if (!a.equals(new String(again))) {
        throw new IOException("the two passwords differ");
      }
      return a;
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
  }
}
