package org.relapsecds.rules.model;

/**
 * Derived marker: the first-relapse risk schemes apply (an established first relapse, no earlier
 * HSCT). Timing, group and transplant rules require it.
 */
public record RiskSchemesApply() {}
