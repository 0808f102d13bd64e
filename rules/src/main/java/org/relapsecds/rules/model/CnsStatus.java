package org.relapsecds.rules.model;

/**
 * CNS status from the cerebrospinal fluid: CNS3 is overt CNS disease (>= 5 WBC/uL with blasts,
 * cranial nerve palsy or a CNS mass).
 */
public enum CnsStatus {
  CNS1,
  CNS2,
  CNS3
}
