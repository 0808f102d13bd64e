package org.relapsecds.rules.model;

/** Site class of a relapse (knowledge base section 2). */
public enum SiteClass {
  ISOLATED_MARROW,
  COMBINED,
  ISOLATED_EXTRAMEDULLARY,
  NOT_ESTABLISHED
}
