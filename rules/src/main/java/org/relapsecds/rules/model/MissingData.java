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
}
