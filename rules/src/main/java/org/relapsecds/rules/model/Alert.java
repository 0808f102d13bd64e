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

  // The default record text, spelled out: Java 17 builds it with String.format, and the engine's
  // trace prints every derived fact. DerivedFactTextTest keeps the two the same.
  @Override
  public String toString() {
    return "Alert[code=" + code + ", severity=" + severity + ", message=" + message + "]";
  }
}
