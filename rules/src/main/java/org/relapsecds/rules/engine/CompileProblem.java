package org.relapsecds.rules.engine;

/**
 * A compile error of one DRL file.
 *
 * @param file the file name
 * @param line the 1-based line, or 0 when Drools does not tell
 * @param column the 1-based column, or 0 when Drools does not tell
 * @param message a clean message without stack trace
 */
public record CompileProblem(String file, int line, int column, String message) {}
