package org.relapsecds.api.authoring.lint;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits DRL into identifiers, string literals, numbers and symbols, dropping comments.
 *
 * <p>The safety lint works on these tokens, so a forbidden word inside a rule name, a message or a
 * comment is not a finding, while the same word in code is. Unicode escapes are decoded first, as
 * the Java compiler does, so {@code \u0053ystem} cannot slip past as something else.
 */
final class DrlLexer {
  private final String text;
  private int pos;
  private int line = 1;
  private int column = 1;

  private DrlLexer(String text) {
    this.text = decodeUnicodeEscapes(text);
  }

  static List<DrlToken> tokenize(String drl) {
    return new DrlLexer(drl).run();
  }

  private List<DrlToken> run() {
    List<DrlToken> tokens = new ArrayList<>();
    while (pos < text.length()) {
      char c = text.charAt(pos);
      int startLine = line;
      int startColumn = column;
      if (Character.isWhitespace(c)) {
        advance(1);
      } else if (startsWith("//") || c == '#') {
        while (pos < text.length() && text.charAt(pos) != '\n') {
          advance(1);
        }
      } else if (startsWith("/*")) {
        advance(2);
        while (pos < text.length() && !startsWith("*/")) {
          advance(1);
        }
        advance(Math.min(2, text.length() - pos));
      } else if (startsWith("\"\"\"")) {
        advance(3);
        int from = pos;
        while (pos < text.length() && !startsWith("\"\"\"")) {
          advance(text.charAt(pos) == '\\' ? Math.min(2, text.length() - pos) : 1);
        }
        String content = text.substring(from, pos);
        advance(Math.min(3, text.length() - pos));
        tokens.add(new DrlToken(DrlToken.Kind.STRING, content, startLine, startColumn));
      } else if (c == '"' || c == '\'') {
        advance(1);
        StringBuilder content = new StringBuilder();
        while (pos < text.length() && text.charAt(pos) != c && text.charAt(pos) != '\n') {
          if (text.charAt(pos) == '\\' && pos + 1 < text.length()) {
            content.append(text.charAt(pos + 1));
            advance(2);
          } else {
            content.append(text.charAt(pos));
            advance(1);
          }
        }
        advance(pos < text.length() ? 1 : 0);
        tokens.add(new DrlToken(DrlToken.Kind.STRING, content.toString(), startLine, startColumn));
      } else if (Character.isJavaIdentifierStart(c)) {
        int from = pos;
        while (pos < text.length() && Character.isJavaIdentifierPart(text.charAt(pos))) {
          advance(1);
        }
        tokens.add(
            new DrlToken(
                DrlToken.Kind.IDENTIFIER, text.substring(from, pos), startLine, startColumn));
      } else if (Character.isDigit(c)) {
        int from = pos;
        while (pos < text.length()
            && (Character.isLetterOrDigit(text.charAt(pos))
                || text.charAt(pos) == '.'
                || text.charAt(pos) == '_')) {
          advance(1);
        }
        tokens.add(
            new DrlToken(DrlToken.Kind.NUMBER, text.substring(from, pos), startLine, startColumn));
      } else {
        advance(1);
        tokens.add(new DrlToken(DrlToken.Kind.SYMBOL, String.valueOf(c), startLine, startColumn));
      }
    }
    return tokens;
  }

  private boolean startsWith(String s) {
    return text.startsWith(s, pos);
  }

  private void advance(int n) {
    for (int i = 0; i < n && pos < text.length(); i++) {
      if (text.charAt(pos) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
      pos++;
    }
  }

  /**
   * Decodes backslash-u escapes like javac (one or more 'u', four hex digits); keeps line breaks.
   */
  static String decodeUnicodeEscapes(String s) {
    if (s.indexOf("\\u") < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '\\'
          && i + 1 < s.length()
          && s.charAt(i + 1) == 'u'
          && precededByEvenSlashes(s, i)) {
        int j = i + 1;
        while (j < s.length() && s.charAt(j) == 'u') {
          j++;
        }
        if (j + 4 <= s.length() && isHex(s.substring(j, j + 4))) {
          out.append((char) Integer.parseInt(s.substring(j, j + 4), 16));
          i = j + 4;
          continue;
        }
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }

  private static boolean precededByEvenSlashes(String s, int i) {
    int slashes = 0;
    for (int k = i - 1; k >= 0 && s.charAt(k) == '\\'; k--) {
      slashes++;
    }
    return slashes % 2 == 0;
  }

  private static boolean isHex(String s) {
    for (char c : s.toCharArray()) {
      if (Character.digit(c, 16) < 0) {
        return false;
      }
    }
    return true;
  }
}
