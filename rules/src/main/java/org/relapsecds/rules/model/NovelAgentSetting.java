package org.relapsecds.rules.model;

import java.util.Objects;

/**
 * Derived: the case is in a setting where the third-line agents apply (refractory disease, second
 * or later relapse, relapse after HSCT; specification 6.3).
 */
public record NovelAgentSetting(TreatmentSetting kind) {
  public NovelAgentSetting {
    Objects.requireNonNull(kind, "kind");
  }

  // The default record text, spelled out: Java 17 builds it with String.format, and the engine's
  // trace prints every derived fact. DerivedFactTextTest keeps the two the same.
  @Override
  public String toString() {
    return "NovelAgentSetting[kind=" + kind + "]";
  }
}
