package org.relapsecds.api.authoring.lint;

/**
 * A safety or metadata problem of a DRL file, in words an editor can act on.
 *
 * @param file the DRL file
 * @param line 1-based line
 * @param column 1-based column
 * @param code a stable identifier of the check, e.g. {@code forbidden-api}
 * @param message a plain explanation
 */
public record LintFinding(String file, int line, int column, String code, String message) {}
