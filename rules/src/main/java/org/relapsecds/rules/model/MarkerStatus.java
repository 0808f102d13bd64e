package org.relapsecds.rules.model;

/** Surface antigen status (CD19, CD22) on the relapse blasts. */
public enum MarkerStatus {
  POSITIVE,
  NEGATIVE,
  UNKNOWN
}
