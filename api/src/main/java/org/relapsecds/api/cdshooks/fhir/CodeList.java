package org.relapsecds.api.cdshooks.fhir;

import java.util.List;
import java.util.Locale;

/**
 * The code lists the FHIR mapping recognises, each with documented defaults and their source. Lists
 * whose default is empty have no reliable standard code: a site configures its local codes ({@code
 * cds.hooks.codes.<key>=system|code,...}), and until then the fact is not read from the record (it
 * becomes missing data), never guessed.
 */
public enum CodeList {
  ALL_CONDITION(
      "Condition.code of acute lymphoblastic leukaemia",
      "SNOMED 91857003 (UMLS/MedGen), 277571004 (mCODE example); ICD-10-CM C91.00-C91.02"
          + " (mCODE); ICD-10 C91.0",
      Systems.SNOMED + "|91857003",
      Systems.SNOMED + "|277571004",
      Systems.ICD10CM + "|C91.00",
      Systems.ICD10CM + "|C91.01",
      Systems.ICD10CM + "|C91.02",
      Systems.ICD10 + "|C91.0"),
  B_LINEAGE(
      "Condition code, histology or immunophenotyping result meaning B-precursor ALL",
      "SNOMED 277571004 (mCODE example)",
      Systems.SNOMED + "|277571004"),
  T_LINEAGE("Condition code, histology or immunophenotyping result meaning T-lineage ALL", "local"),
  IMMUNOPHENOTYPING(
      "Observation.code of an immunophenotyping result",
      "LOINC 101119-6",
      Systems.LOINC + "|101119-6"),
  CNS_STATUS("Observation.code of a CNS status (CNS1/2/3) assessment", "local"),
  CNS1("value meaning CNS1", "local"),
  CNS2("value meaning CNS2", "local"),
  CNS3("value meaning CNS3", "local"),
  FRONTLINE_AGENT(
      "medication code of a frontline chemotherapy agent",
      "RxNorm vincristine 11202, cyclophosphamide 3002, idarubicin 5650, prednisone 8640 (mCODE"
          + " example)",
      Systems.RXNORM + "|11202",
      Systems.RXNORM + "|3002",
      Systems.RXNORM + "|5650",
      Systems.RXNORM + "|8640"),
  DISEASE_STATUS(
      "Observation.code of a cancer disease status",
      "LOINC 97509-4 (mCODE)",
      Systems.LOINC + "|97509-4"),
  WORSENED(
      "disease status value meaning worsened (relapse)",
      "SNOMED 271299001 (mCODE)",
      Systems.SNOMED + "|271299001"),
  REMISSION(
      "disease status value meaning remission",
      "SNOMED 103338009, 550991000124107 (mCODE)",
      Systems.SNOMED + "|103338009",
      Systems.SNOMED + "|550991000124107"),
  RELAPSE_CONDITION(
      "Condition.code of ALL in relapse", "ICD-10-CM C91.02 (mCODE)", Systems.ICD10CM + "|C91.02"),
  REMISSION_CONDITION(
      "Condition.code of ALL in remission",
      "ICD-10-CM C91.01 (mCODE)",
      Systems.ICD10CM + "|C91.01"),
  MARROW_BLASTS("Observation.code of the blast percentage of a bone-marrow aspirate", "local"),
  BRAIN("bodySite meaning the CNS", "SNOMED 12738006 brain (mCODE)", Systems.SNOMED + "|12738006"),
  TESTIS("bodySite meaning a testis", "local"),
  LEFT("laterality left", "SNOMED 7771000 (mCODE)", Systems.SNOMED + "|7771000"),
  RIGHT("laterality right", "SNOMED 24028007 (mCODE)", Systems.SNOMED + "|24028007"),
  BILATERAL("laterality both sides", "SNOMED 51440002 (mCODE)", Systems.SNOMED + "|51440002"),
  CD19("Observation.code of CD19 expression on the relapse blasts", "local"),
  CD22("Observation.code of CD22 expression on the relapse blasts", "local"),
  POSITIVE(
      "result value meaning positive",
      "SNOMED 10828004; v3 ObservationInterpretation POS",
      Systems.SNOMED + "|10828004",
      Systems.INTERPRETATION + "|POS"),
  NEGATIVE(
      "result value meaning negative",
      "SNOMED 260385009; v3 ObservationInterpretation NEG",
      Systems.SNOMED + "|260385009",
      Systems.INTERPRETATION + "|NEG"),
  VARIANT(
      "Observation.code of a genomic variant",
      "LOINC 69548-6 (Genomics Reporting)",
      Systems.LOINC + "|69548-6"),
  VARIANT_ABSENT(
      "variant value meaning absent",
      "LOINC LA9634-2 Absent (Genomics Reporting)",
      Systems.LOINC + "|LA9634-2"),
  MRD("Observation.code of marrow MRD", "local (lab-specific)"),
  ALLOGENEIC_HSCT(
      "Procedure or Condition code of an allogeneic HSCT (autologous does not count)",
      "SNOMED 234336002, 58390007 allogeneic, 152621000119105 history of (Synthea)",
      Systems.SNOMED + "|234336002",
      Systems.SNOMED + "|58390007",
      Systems.SNOMED + "|152621000119105"),
  RADIOTHERAPY_COURSE(
      "Procedure.code of a radiotherapy course (with bodySite brain: cranial irradiation)",
      "SNOMED 1217123003 (mCODE RadiotherapyCourseSummary)",
      Systems.SNOMED + "|1217123003"),
  ASPARAGINASE_ALLERGY("AllergyIntolerance.code of asparaginase (besides the text match)", "local");

  private final String meaning;
  private final String source;
  private final List<String> defaults;

  CodeList(String meaning, String source, String... defaults) {
    this.meaning = meaning;
    this.source = source;
    this.defaults = List.of(defaults);
  }

  /** The configuration key, e.g. {@code marrow-blasts}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** What a code in this list identifies. */
  public String meaning() {
    return meaning;
  }

  /** Where the default codes come from ("local": no default). */
  public String source() {
    return source;
  }

  /** The default entries, {@code system|code}. */
  public List<String> defaults() {
    return defaults;
  }

  /** The code systems of the defaults. */
  public static final class Systems {
    public static final String SNOMED = "http://snomed.info/sct";
    public static final String LOINC = "http://loinc.org";
    public static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";
    public static final String ICD10CM = "http://hl7.org/fhir/sid/icd-10-cm";
    public static final String ICD10 = "http://hl7.org/fhir/sid/icd-10";
    public static final String HGNC = "http://www.genenames.org";
    public static final String INTERPRETATION =
        "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation";

    private Systems() {}
  }
}
