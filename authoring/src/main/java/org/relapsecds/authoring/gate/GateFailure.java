package org.relapsecds.authoring.gate;

/**
 * One reason the publishing gate refused a knowledge base.
 *
 * @param step {@code lint}, {@code compile}, {@code scenarios} or {@code reference}
 * @param file the DRL file, or null when the point is not about one file
 * @param line 1-based line, 0 when unknown
 * @param column 1-based column, 0 when unknown
 * @param message a plain explanation
 */
public record GateFailure(String step, String file, int line, int column, String message) {}
