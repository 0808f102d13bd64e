package org.relapsecds.api.authoring.lint;

/**
 * One token of a DRL text, with its position for findings.
 *
 * @param kind what the token is
 * @param text the token text; for strings the content without quotes
 * @param line 1-based line
 * @param column 1-based column
 */
record DrlToken(Kind kind, String text, int line, int column) {
  enum Kind {
    IDENTIFIER,
    STRING,
    NUMBER,
    SYMBOL
  }

  boolean is(Kind k, String t) {
    return kind == k && text.equals(t);
  }

  boolean isIdentifier(String t) {
    return is(Kind.IDENTIFIER, t);
  }

  boolean isSymbol(String t) {
    return is(Kind.SYMBOL, t);
  }
}
