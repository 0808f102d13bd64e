package org.relapsecds.rules.model;

/** Genetic findings of the relapse clone that the knowledge base interprets. */
public enum GeneticLesion {
  ETV6_RUNX1,
  BCR_ABL1,
  KMT2A_REARRANGED,
  TP53_ALTERATION,
  HYPODIPLOIDY,
  TCF3_HLF,
  IKZF1_DELETION,
  CREBBP_MUTATION,
  NT5C2_MUTATION
}
