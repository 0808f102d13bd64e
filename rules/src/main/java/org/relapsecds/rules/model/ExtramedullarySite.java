package org.relapsecds.rules.model;

/**
 * Extramedullary sites of relapse as reported by the caller (before CNS status is taken into
 * account).
 */
public enum ExtramedullarySite {
  CNS,
  TESTIS,
  OTHER
}
