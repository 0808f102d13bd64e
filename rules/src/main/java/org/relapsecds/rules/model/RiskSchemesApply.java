package org.relapsecds.rules.model;

/**
 * Derived marker: the first-relapse risk schemes apply (an established first relapse, no earlier
 * HSCT). Timing, group and transplant rules require it.
 */
public record RiskSchemesApply() {
  // The default record text, spelled out: Java 17 builds it with String.format, and the engine's
  // trace prints every derived fact. DerivedFactTextTest keeps the two the same.
  @Override
  public String toString() {
    return "RiskSchemesApply[]";
  }
}
