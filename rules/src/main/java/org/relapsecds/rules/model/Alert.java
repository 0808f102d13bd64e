package org.relapsecds.rules.model;

import java.util.Objects;

/**
 * An outcome item: a warning or a finding to read with the result. Its evidence is the {@code
 * @evidence} of the rule that inserted it.
 */
public record Alert(AlertCode code, Severity severity, String message) {
  public Alert {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
  }
}
