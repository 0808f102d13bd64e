package org.relapsecds.authoring.check;

/**
 * One thing a rule file says that a clinical rule may not say, or a metadata gap, in words an
 * editor can act on.
 *
 * @param file the DRL file
 * @param line 1-based line
 * @param column 1-based column
 * @param code a stable identifier of the check, e.g. {@code consequence}
 * @param message a plain explanation
 */
public record Finding(String file, int line, int column, String code, String message) {
  /** Code of a finding that the DRL parser could not read the text at all. */
  public static final String SYNTAX = "syntax";

  /** Whether this finding only says the text is not DRL the parser can read. */
  public boolean isSyntax() {
    return SYNTAX.equals(code);
  }
}
