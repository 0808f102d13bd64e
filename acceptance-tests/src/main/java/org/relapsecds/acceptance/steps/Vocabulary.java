package org.relapsecds.acceptance.steps;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The clinical words of the scenarios and the contract codes they stand for. The parameter types'
 * regular expressions (annotation constants) list the same phrases; a unit test keeps them in step.
 */
final class Vocabulary {
  private Vocabulary() {}

  static final Map<String, String> RECOMMENDATIONS = new LinkedHashMap<>();
  static final Map<String, String> ALERTS = new LinkedHashMap<>();
  static final Map<String, String> GENETICS = new LinkedHashMap<>();
  static final Map<String, String> FIELDS = new LinkedHashMap<>();

  static {
    RECOMMENDATIONS.put("reinduction", "REINDUCTION");
    RECOMMENDATIONS.put("mitoxantrone rather than idarubicin", "MITOXANTRONE_NOT_IDARUBICIN");
    RECOMMENDATIONS.put("HSCT in second remission", "HSCT_IN_CR2");
    RECOMMENDATIONS.put("chemotherapy consolidation", "CHEMOTHERAPY_CONSOLIDATION");
    RECOMMENDATIONS.put("cranial irradiation", "CRANIAL_IRRADIATION");
    RECOMMENDATIONS.put("testicular local therapy", "TESTICULAR_LOCAL_THERAPY");
    RECOMMENDATIONS.put("a biopsy of the other testis", "CONTRALATERAL_TESTIS_BIOPSY");
    RECOMMENDATIONS.put("confirming the relapse", "CONFIRM_RELAPSE");
    RECOMMENDATIONS.put("a repeat lumbar puncture", "REPEAT_LUMBAR_PUNCTURE");
    RECOMMENDATIONS.put("measuring marrow MRD", "MEASURE_MARROW_MRD");
    RECOMMENDATIONS.put("a clinical trial", "CLINICAL_TRIAL");
    RECOMMENDATIONS.put("blinatumomab", "BLINATUMOMAB");
    RECOMMENDATIONS.put("inotuzumab ozogamicin", "INOTUZUMAB_OZOGAMICIN");
    RECOMMENDATIONS.put("tisagenlecleucel", "TISAGENLECLEUCEL");
    RECOMMENDATIONS.put("clofarabine", "CLOFARABINE");
    RECOMMENDATIONS.put("nelarabine", "NELARABINE");
    RECOMMENDATIONS.put("the bortezomib combination", "BORTEZOMIB_COMBINATION");
    RECOMMENDATIONS.put("an ABL-class tyrosine kinase inhibitor", "ABL_TKI");
    RECOMMENDATIONS.put("Erwinia asparaginase", "ERWINIA_ASPARAGINASE");
    RECOMMENDATIONS.put("revumenib", "REVUMENIB");

    ALERTS.put("veno-occlusive disease risk", "VOD_RISK_CLOFARABINE_AFTER_HSCT");
    ALERTS.put("nelarabine neurotoxicity", "NELARABINE_NEUROTOXICITY");
    ALERTS.put("high-risk genetics", "HIGH_RISK_GENETICS");
    ALERTS.put("favourable genetics", "FAVOURABLE_GENETICS");
    ALERTS.put("unfavourable prognosis", "UNFAVOURABLE_PROGNOSIS");
    ALERTS.put("glucocorticoid resistance", "GLUCOCORTICOID_RESISTANCE");
    ALERTS.put("thiopurine resistance", "THIOPURINE_RESISTANCE");
    ALERTS.put("outside the trial population", "OUTSIDE_TRIAL_POPULATION");
    ALERTS.put("not a treatment order", "NOT_A_TREATMENT_ORDER");
    ALERTS.put("investigational agents", "INVESTIGATIONAL_AGENTS");
    ALERTS.put("schemes not applicable", "SCHEMES_NOT_APPLICABLE");
    ALERTS.put("CNS not counted", "CNS_NOT_COUNTED");
    ALERTS.put("not covered", "NOT_COVERED");
    ALERTS.put("inconsistent input", "INCONSISTENT_INPUT");
    ALERTS.put("cranial irradiation age", "CRANIAL_IRRADIATION_AGE");
    ALERTS.put("blinatumomab cytokine release and neurotoxicity", "CRS_NEUROTOXICITY_BLINATUMOMAB");
    ALERTS.put("inotuzumab veno-occlusive disease", "VOD_RISK_INOTUZUMAB");
    ALERTS.put("CAR T cytokine release and neurotoxicity", "CRS_NEUROTOXICITY_CAR_T");
    ALERTS.put("revumenib differentiation syndrome", "DIFFERENTIATION_SYNDROME_REVUMENIB");

    GENETICS.put("ETV6-RUNX1", "ETV6_RUNX1");
    GENETICS.put("BCR-ABL1", "BCR_ABL1");
    GENETICS.put("a KMT2A rearrangement", "KMT2A_REARRANGED");
    GENETICS.put("a TP53 alteration", "TP53_ALTERATION");
    GENETICS.put("hypodiploidy", "HYPODIPLOIDY");
    GENETICS.put("TCF3-HLF", "TCF3_HLF");
    GENETICS.put("an IKZF1 deletion", "IKZF1_DELETION");
    GENETICS.put("a CREBBP mutation", "CREBBP_MUTATION");
    GENETICS.put("an NT5C2 mutation", "NT5C2_MUTATION");

    FIELDS.put("date of birth", "patient.birthDate");
    FIELDS.put("date of diagnosis", "diagnosis.date");
    FIELDS.put("immunophenotype", "diagnosis.immunophenotype");
    FIELDS.put("relapse date", "relapse.date");
    FIELDS.put("marrow blast percentage", "relapse.marrowBlastPercent");
    FIELDS.put("end of frontline therapy", "frontlineTherapy.endDate");
    FIELDS.put("relapse number", "relapse.number");
    FIELDS.put("MRD after reinduction", "response.mrd");
    FIELDS.put("second remission", "response.secondRemission");
    FIELDS.put("CD19 status", "relapse.cd19");
    FIELDS.put("CD22 status", "relapse.cd22");
    FIELDS.put("number of prior regimens", "history.priorRegimens");
    FIELDS.put("case id", "caseId");
    FIELDS.put("testicular involvement", "relapse.testicularInvolvement");
  }

  static String lookUp(Map<String, String> table, String phrase) {
    String code = table.get(phrase);
    if (code == null) {
      throw new IllegalArgumentException("unknown phrase: " + phrase);
    }
    return code;
  }

  /** "isolated marrow" -> ISOLATED_MARROW. */
  static String constant(String words) {
    return words.trim().replace('-', '_').replace(' ', '_').toUpperCase(Locale.ROOT);
  }
}
