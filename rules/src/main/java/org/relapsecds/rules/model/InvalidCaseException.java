package org.relapsecds.rules.model;

import java.util.List;

/** Thrown when a {@link RelapseCase} would violate its invariants; lists every offending field. */
public class InvalidCaseException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient List<FieldViolation> violations;

  public InvalidCaseException(List<FieldViolation> violations) {
    super(describe(violations));
    this.violations = List.copyOf(violations);
  }

  public List<FieldViolation> violations() {
    return violations;
  }

  private static String describe(List<FieldViolation> violations) {
    StringBuilder text = new StringBuilder("Invalid case:");
    for (FieldViolation v : violations) {
      text.append(' ').append(v.field()).append(": ").append(v.message()).append(';');
    }
    return text.toString();
  }
}
