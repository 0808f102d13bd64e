package org.relapsecds.rules.model;

/**
 * All the agents whose eligibility one unknown marker decides.
 *
 * @param field the API field of the marker
 * @param agents the agents, sorted and joined by " and "
 */
public record AgentsAwaitingMarker(String field, String agents) {
  // The default record text, spelled out: Java 17 builds it with String.format, and the engine's
  // trace prints every derived fact. DerivedFactTextTest keeps the two the same.
  @Override
  public String toString() {
    return "AgentsAwaitingMarker[field=" + field + ", agents=" + agents + "]";
  }
}
