package org.relapsecds.rules.model;

/**
 * An agent not recommended because the marker that decides its eligibility is unknown.
 *
 * @param field the API field of the marker, e.g. {@code relapse.cd19}
 * @param agent the agent
 */
public record EligibilityAwaits(String field, String agent) {
  // The default record text, spelled out: Java 17 builds it with String.format, and the engine's
  // trace prints every derived fact. DerivedFactTextTest keeps the two the same.
  @Override
  public String toString() {
    return "EligibilityAwaits[field=" + field + ", agent=" + agent + "]";
  }
}
