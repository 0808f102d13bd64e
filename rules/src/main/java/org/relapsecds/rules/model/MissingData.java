package org.relapsecds.rules.model;

import java.util.Objects;

/**
 * An outcome item: a fact that is missing and would decide an outcome.
 *
 * @param field the API path of the missing fact, e.g. {@code response.mrd}
 * @param reason what the fact would decide
 */
public record MissingData(String field, String reason) {
  public MissingData {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(reason, "reason");
  }

  // The default record text, spelled out: Java 17 builds it with String.format, and the engine's
  // trace prints every derived fact. DerivedFactTextTest keeps the two the same.
  @Override
  public String toString() {
    return "MissingData[field=" + field + ", reason=" + reason + "]";
  }
}
