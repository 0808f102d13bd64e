package org.relapsecds.rules.model;

/** Allogeneic stem-cell transplant in second remission, per scheme. */
public enum HsctDecision {
  INDICATED,
  NOT_INDICATED,
  PENDING_MRD,
  /** Revision 2: no CR2 after reinduction ({@code response.secondRemission} false). */
  NOT_IN_REMISSION
}
