package org.relapsecds.rules.model;

/**
 * Alert codes of the API contract, plus the project's own (NOT_COVERED, SCHEMES_NOT_APPLICABLE,
 * ...).
 */
public enum AlertCode {
  VOD_RISK_CLOFARABINE_AFTER_HSCT,
  NELARABINE_NEUROTOXICITY,
  HIGH_RISK_GENETICS,
  FAVOURABLE_GENETICS,
  UNFAVOURABLE_PROGNOSIS,
  GLUCOCORTICOID_RESISTANCE,
  THIOPURINE_RESISTANCE,
  OUTSIDE_TRIAL_POPULATION,
  NOT_A_TREATMENT_ORDER,
  INVESTIGATIONAL_AGENTS,
  SCHEMES_NOT_APPLICABLE,
  CNS_NOT_COUNTED,
  NOT_COVERED,
  /** Published outcome figures that support an explanation (knowledge base section 8). */
  OUTCOME_FIGURES,
  /** Revision 2: fields of the case that contradict each other or the case. */
  INCONSISTENT_INPUT,
  /** Revision 2: cranial irradiation is not recommended below 3 completed years. */
  CRANIAL_IRRADIATION_AGE,
  /** Revision 2: boxed warning of blinatumomab. */
  CRS_NEUROTOXICITY_BLINATUMOMAB,
  /** Revision 2: boxed warning of inotuzumab ozogamicin. */
  VOD_RISK_INOTUZUMAB,
  /** Revision 2: boxed warning of tisagenlecleucel. */
  CRS_NEUROTOXICITY_CAR_T,
  /** Revision 2: boxed warning of revumenib. */
  DIFFERENTIATION_SYNDROME_REVUMENIB
}
