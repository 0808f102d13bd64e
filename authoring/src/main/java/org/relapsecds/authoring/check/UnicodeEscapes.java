package org.relapsecds.authoring.check;

import java.util.ArrayList;
import java.util.List;

/**
 * Unicode escapes ({@code \u0053ystem}): javac decodes them before it reads anything else, so an
 * escape can hide a name, end a string or a comment, or start a new line. The check decodes the
 * whole text first, as javac does, and checks what the compiler will see; a rule editor types the
 * character itself, so every escape is also a finding of its own.
 */
final class UnicodeEscapes {
  private UnicodeEscapes() {}

  /** The text with every escape decoded; line breaks outside escapes are kept. */
  static String decode(String s) {
    if (s.indexOf("\\u") < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      int end = escapeEnd(s, i);
      if (end > 0) {
        out.append((char) Integer.parseInt(s.substring(end - 4, end), 16));
        i = end;
      } else {
        out.append(s.charAt(i));
        i++;
      }
    }
    return out.toString();
  }

  /** One finding per escape, at its place in the original text. */
  static List<Finding> findings(String file, String s) {
    List<Finding> findings = new ArrayList<>();
    if (s.indexOf("\\u") < 0) {
      return findings;
    }
    int line = 1;
    int column = 1;
    for (int i = 0; i < s.length(); i++) {
      int end = escapeEnd(s, i);
      if (end > 0) {
        char decoded = (char) Integer.parseInt(s.substring(end - 4, end), 16);
        findings.add(
            new Finding(
                file,
                line,
                column,
                "unicode-escape",
                "the unicode escape "
                    + s.substring(i, end)
                    + " (the character "
                    + describe(decoded)
                    + ") is not allowed: type the character itself"));
      }
      if (s.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return findings;
  }

  private static String describe(char c) {
    return c >= 0x20 && c < 0x7F ? "'" + c + "'" : String.format("U+%04X", (int) c);
  }

  /** The index after a well-formed escape starting at i, or -1; javac's rules (one or more u). */
  private static int escapeEnd(String s, int i) {
    if (s.charAt(i) != '\\' || i + 1 >= s.length() || s.charAt(i + 1) != 'u') {
      return -1;
    }
    int slashes = 0;
    for (int k = i - 1; k >= 0 && s.charAt(k) == '\\'; k--) {
      slashes++;
    }
    if (slashes % 2 != 0) {
      return -1;
    }
    int j = i + 1;
    while (j < s.length() && s.charAt(j) == 'u') {
      j++;
    }
    if (j + 4 > s.length()) {
      return -1;
    }
    for (int k = j; k < j + 4; k++) {
      if (Character.digit(s.charAt(k), 16) < 0) {
        return -1;
      }
    }
    return j + 4;
  }
}
