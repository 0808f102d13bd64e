package org.relapsecds.authoring.check;

import java.util.ArrayList;
import java.util.List;

/**
 * What is checked on the raw text before any parser runs: its size, how deeply brackets nest, and
 * characters that have no place in a rule file (control characters, bidirectional overrides that
 * make text read differently from how it compiles).
 *
 * <p>Why before parsing: the Drools DRL parser and JavaParser are recursive-descent parsers, and
 * 5,000 nested parentheses overflow a request thread's stack inside them. A depth limit far above
 * anything a clinical rule needs (the bundled rules nest 4 deep) keeps every parser call shallow,
 * so no StackOverflowError has to be caught as a matter of course.
 */
final class TextLimits {
  /** Characters per file; the editor's limit too. */
  static final int MAX_CHARS = 256 * 1024;

  /** Rules per file: the largest bundled file has fewer than 40. */
  static final int MAX_RULES = 1000;

  /** Nesting of ( [ { outside strings and comments. */
  static final int MAX_DEPTH = 32;

  private TextLimits() {}

  /** Findings that stop the check before parsing; empty when the text may be parsed. */
  static List<Finding> check(String file, String text) {
    List<Finding> findings = new ArrayList<>();
    if (text.length() > MAX_CHARS) {
      findings.add(
          new Finding(
              file,
              1,
              1,
              "too-large",
              "the file has "
                  + text.length()
                  + " characters; a rule file may have at most "
                  + MAX_CHARS / 1024
                  + " K: split it by concern"));
      return findings;
    }
    int line = 1;
    int column = 1;
    int depth = 0;
    char quote = 0;
    boolean lineComment = false;
    boolean blockComment = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
      if (isForbiddenCharacter(c)) {
        findings.add(
            new Finding(
                file,
                line,
                column,
                "character",
                String.format(
                    "the character U+%04X (a control or direction character) is not allowed in a"
                        + " rule file; remove it",
                    (int) c)));
        if (findings.size() >= 10) {
          return findings; // enough to show where the binary starts
        }
      }
      if (c == '\n') {
        line++;
        column = 1;
        lineComment = false;
        if (quote != 0) {
          quote = 0; // DRL and Java strings end at the line; the parser reports the rest
        }
        continue;
      }
      column++;
      if (lineComment) {
        continue;
      }
      if (blockComment) {
        if (c == '*' && next == '/') {
          blockComment = false;
          i++;
          column++;
        }
        continue;
      }
      if (quote != 0) {
        if (c == '\\') {
          i++;
          column++;
        } else if (c == quote) {
          quote = 0;
        }
        continue;
      }
      if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '/' && next == '/' || c == '#') {
        lineComment = true;
      } else if (c == '/' && next == '*') {
        blockComment = true;
        i++;
        column++;
      } else if (c == '(' || c == '[' || c == '{') {
        depth++;
        if (depth > MAX_DEPTH) {
          findings.add(
              new Finding(
                  file,
                  line,
                  column - 1,
                  "too-deep",
                  "brackets nest more than "
                      + MAX_DEPTH
                      + " levels deep here; a clinical rule never needs that many: simplify the"
                      + " condition"));
          return findings;
        }
      } else if (c == ')' || c == ']' || c == '}') {
        depth = Math.max(0, depth - 1);
      }
    }
    return findings;
  }

  static boolean isForbiddenCharacter(char c) {
    return c < 0x20 && c != '\n' && c != '\r' && c != '\t'
        || c == 0x7F
        || c >= 0x80 && c < 0xA0
        || c >= 0x202A && c <= 0x202E
        || c >= 0x2066 && c <= 0x2069
        || c == 0x200E
        || c == 0x200F
        || c == 0x2028
        || c == 0x2029;
  }
}
