package org.relapsecds.api.problem;

import java.util.List;

/** A request that cannot be evaluated; answered with 400 and every offending field. */
public class InvalidRequestException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<InvalidField> errors;

  public InvalidRequestException(List<InvalidField> errors) {
    super("invalid request: " + errors.size() + " field(s)");
    this.errors = List.copyOf(errors);
  }

  public List<InvalidField> errors() {
    return errors;
  }
}
