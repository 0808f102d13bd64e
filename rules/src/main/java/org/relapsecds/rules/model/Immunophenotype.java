package org.relapsecds.rules.model;

/** Lineage of the leukaemia; T-lymphoblastic lymphoma counts as T-lineage. */
public enum Immunophenotype {
  B_PRECURSOR,
  T_LINEAGE
}
