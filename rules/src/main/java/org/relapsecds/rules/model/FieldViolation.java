package org.relapsecds.rules.model;

import java.util.Objects;

/**
 * One invalid field of a case, named by its path in the evaluation API (e.g. {@code relapse.date}).
 *
 * @param field the API path of the offending field
 * @param message a sentence a clinician understands
 */
public record FieldViolation(String field, String message) {
  public FieldViolation {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }
}
