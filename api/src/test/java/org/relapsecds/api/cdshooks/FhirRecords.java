package org.relapsecds.api.cdshooks;

import ca.uhn.fhir.context.FhirContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.MedicationAdministration;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.relapsecds.api.cdshooks.fhir.CodeList.Systems;

/**
 * FHIR R4 test records built with HAPI's model: the complete relapsed B-ALL of the contract example
 * and its variants, and CDS Hooks requests carrying them as prefetch.
 */
public final class FhirRecords {
  public static final FhirContext FHIR = FhirContext.forR4();
  public static final String LAB = "http://lab.test/codes";
  public static final String PATIENT_ID = "pat-1";

  /**
   * The local code lists of these records, as {@code cds.hooks.codes.*} properties (ApiTestSupport
   * sets the same).
   */
  public static final Map<String, List<String>> LOCAL_CODES =
      Map.ofEntries(
          Map.entry("marrow-blasts", List.of(LAB + "|BM-BLASTS")),
          Map.entry("mrd", List.of(LAB + "|BM-MRD")),
          Map.entry("t-lineage", List.of(LAB + "|T-ALL")),
          Map.entry("testis", List.of(Systems.SNOMED + "|40689003")),
          Map.entry("cd19", List.of(LAB + "|CD19")),
          Map.entry("cd22", List.of(LAB + "|CD22")),
          Map.entry("cns-status", List.of(LAB + "|CNS-STATUS")),
          Map.entry("cns1", List.of(LAB + "|CNS1")),
          Map.entry("cns2", List.of(LAB + "|CNS2")),
          Map.entry("cns3", List.of(LAB + "|CNS3")));

  /** A record being built; each method changes one fact. */
  public static final class Record {
    Patient patient = new Patient();
    final List<Condition> conditions = new ArrayList<>();
    final List<Observation> observations = new ArrayList<>();
    final List<Observation> statuses = new ArrayList<>();
    final List<Procedure> procedures = new ArrayList<>();
    final List<MedicationAdministration> administrations = new ArrayList<>();
    final List<AllergyIntolerance> allergies = new ArrayList<>();

    /** Removes the observations with this local code. */
    public Record without(String labCode) {
      observations.removeIf(o -> o.getCode().getCodingFirstRep().getCode().equals(labCode));
      return this;
    }

    public Record lab(String code, String date, Quantity value) {
      Observation o = observation(LAB, code, date);
      o.setValue(value);
      observations.add(o);
      return this;
    }

    public Record labConcept(String code, String date, String valueSystem, String valueCode) {
      Observation o = observation(LAB, code, date);
      o.setValue(concept(valueSystem, valueCode, null));
      observations.add(o);
      return this;
    }

    public Record status(String date, String snomed) {
      Observation o = observation(Systems.LOINC, "97509-4", date);
      o.setValue(concept(Systems.SNOMED, snomed, null));
      statuses.add(o);
      return this;
    }

    public Record condition(String date, Coding... codes) {
      Condition c = new Condition();
      c.setId("cond-" + (conditions.size() + 1));
      c.setSubject(new Reference("Patient/" + PATIENT_ID));
      CodeableConcept code = new CodeableConcept();
      for (Coding k : codes) {
        code.addCoding(k);
      }
      c.setCode(code);
      c.setOnset(new DateTimeType(date));
      conditions.add(c);
      return this;
    }

    public Record procedure(String date, String snomed) {
      Procedure p = new Procedure();
      p.setId("proc-" + (procedures.size() + 1));
      p.setStatus(Procedure.ProcedureStatus.COMPLETED);
      p.setSubject(new Reference("Patient/" + PATIENT_ID));
      p.setCode(concept(Systems.SNOMED, snomed, null));
      p.setPerformed(new DateTimeType(date));
      procedures.add(p);
      return this;
    }

    public Record administration(String date, String rxnorm, String name) {
      MedicationAdministration m = new MedicationAdministration();
      m.setId("med-" + (administrations.size() + 1));
      m.setStatus(MedicationAdministration.MedicationAdministrationStatus.COMPLETED);
      m.setSubject(new Reference("Patient/" + PATIENT_ID));
      m.setMedication(concept(Systems.RXNORM, rxnorm, name));
      m.setEffective(new DateTimeType(date));
      administrations.add(m);
      return this;
    }

    /** The prefetch of the services, each key a searchset Bundle (patient: the resource). */
    public Map<String, Resource> prefetch() {
      Map<String, Resource> prefetch = new LinkedHashMap<>();
      prefetch.put("patient", patient);
      prefetch.put("conditions", bundle(conditions));
      prefetch.put("observations", bundle(observations));
      prefetch.put("diseaseStatus", bundle(statuses));
      prefetch.put("procedures", bundle(procedures));
      prefetch.put("medAdmins", bundle(administrations));
      prefetch.put("medRequests", bundle(List.of()));
      prefetch.put("allergies", bundle(allergies));
      return prefetch;
    }
  }

  private FhirRecords() {}

  /**
   * The contract example as FHIR: B-precursor ALL (SNOMED 277571004 + ICD-10-CM C91.02) diagnosed
   * 2015-01-10, last vincristine 2017-01-10, relapse (disease status worsened) 2018-07-10 with CNS
   * and left testis, 35 % marrow blasts, CNS3, CD19 positive, ETV6-RUNX1, remission 2018-08-20, MRD
   * 0.02 % on 2018-08-15, confirmed pegaspargase allergy.
   */
  public static Record completeBAll() {
    Record r = new Record();
    r.patient.setId(PATIENT_ID);
    r.patient.setBirthDateElement(new DateType("2008-03-02"));
    r.patient.setGender(AdministrativeGender.MALE);
    r.condition(
        "2015-01-10",
        new Coding(Systems.SNOMED, "277571004", "B-cell acute lymphoblastic leukemia"),
        new Coding(Systems.ICD10CM, "C91.02", "ALL, in relapse"));
    r.administration("2016-11-02", "11202", "vincristine");
    r.administration("2017-01-10", "11202", "vincristine");
    r.administration("2018-07-20", "11202", "vincristine"); // reinduction: after the relapse
    Observation worsened = observation(Systems.LOINC, "97509-4", "2018-07-10");
    worsened.setValue(concept(Systems.SNOMED, "271299001", "Patient's condition worsened"));
    worsened.setBodySite(concept(Systems.SNOMED, "12738006", "Brain"));
    r.statuses.add(worsened);
    Observation testis = observation(Systems.LOINC, "97509-4", "2018-07-10");
    testis.setValue(concept(Systems.SNOMED, "271299001", null));
    CodeableConcept site = concept(Systems.SNOMED, "40689003", "Testis");
    site.addExtension(
        new Extension(
            "http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-laterality-qualifier",
            concept(Systems.SNOMED, "7771000", "Left")));
    testis.setBodySite(site);
    r.statuses.add(testis);
    r.status("2018-08-20", "103338009");
    r.lab("BM-BLASTS", "2018-07-10", percent(35));
    r.labConcept("CNS-STATUS", "2015-01-12", LAB, "CNS1");
    r.labConcept("CNS-STATUS", "2018-07-11", LAB, "CNS3");
    r.labConcept("CD19", "2018-07-10", Systems.SNOMED, "10828004");
    r.lab("BM-MRD", "2018-08-15", percent(0.02));
    Observation variant = observation(Systems.LOINC, "69548-6", "2018-07-12");
    variant.setValue(concept(Systems.LOINC, "LA9633-4", "Present"));
    variant
        .addComponent()
        .setCode(concept(Systems.LOINC, "48018-6", null))
        .setValue(concept(Systems.HGNC, "HGNC:3495", "ETV6"));
    variant
        .addComponent()
        .setCode(concept(Systems.LOINC, "48018-6", null))
        .setValue(concept(Systems.HGNC, "HGNC:10471", "RUNX1"));
    r.observations.add(variant);
    AllergyIntolerance peg = new AllergyIntolerance();
    peg.setId("allergy-1");
    peg.setPatient(new Reference("Patient/" + PATIENT_ID));
    peg.setVerificationStatus(
        concept(
            "http://terminology.hl7.org/CodeSystem/allergyintolerance-verification",
            "confirmed",
            null));
    peg.setCode(new CodeableConcept().setText("Pegaspargase"));
    r.allergies.add(peg);
    return r;
  }

  public static Quantity percent(double value) {
    return new Quantity()
        .setValue(BigDecimal.valueOf(value))
        .setUnit("%")
        .setSystem("http://unitsofmeasure.org")
        .setCode("%");
  }

  static Observation observation(String system, String code, String date) {
    Observation o = new Observation();
    o.setId("obs-" + UUID.randomUUID().toString().substring(0, 8));
    o.setStatus(Observation.ObservationStatus.FINAL);
    o.setSubject(new Reference("Patient/" + PATIENT_ID));
    o.setCode(concept(system, code, null));
    o.setEffective(new DateTimeType(date));
    return o;
  }

  static CodeableConcept concept(String system, String code, String display) {
    return new CodeableConcept().addCoding(new Coding(system, code, display));
  }

  /** A searchset Bundle of the resources. */
  public static Bundle bundle(List<? extends Resource> resources) {
    Bundle b = new Bundle();
    b.setType(Bundle.BundleType.SEARCHSET);
    b.setTotal(resources.size());
    resources.forEach(
        r -> b.addEntry().setResource(r).getSearch().setMode(Bundle.SearchEntryMode.MATCH));
    return b;
  }

  /** An OperationOutcome with one error, as a client reports a failed prefetch. */
  public static OperationOutcome failure() {
    OperationOutcome o = new OperationOutcome();
    o.addIssue()
        .setSeverity(OperationOutcome.IssueSeverity.ERROR)
        .setCode(OperationOutcome.IssueType.EXCEPTION)
        .setDiagnostics("timeout");
    return o;
  }

  /** HAPI's JSON of a resource. */
  public static String json(Resource resource) {
    return FHIR.newJsonParser().encodeResourceToString(resource);
  }

  /**
   * A service call as JSON: hook, a fresh hookInstance, the context, and the prefetch (a null value
   * is written as JSON null; a key left out is absent).
   */
  public static String call(
      String hook,
      Map<String, ? extends Resource> prefetch,
      String extraContext,
      String extraMembers) {
    StringBuilder json =
        new StringBuilder("{\"hook\":\"")
            .append(hook)
            .append("\",\"hookInstance\":\"")
            .append(UUID.randomUUID())
            .append("\",\"context\":{\"userId\":\"Practitioner/example\",\"patientId\":\"")
            .append(PATIENT_ID)
            .append('"')
            .append(extraContext == null ? "" : "," + extraContext)
            .append('}');
    if (extraMembers != null) {
      json.append(',').append(extraMembers);
    }
    if (prefetch != null) {
      json.append(",\"prefetch\":{");
      List<String> members = new ArrayList<>();
      prefetch.forEach((k, v) -> members.add('"' + k + "\":" + (v == null ? "null" : json(v))));
      json.append(String.join(",", members)).append('}');
    }
    return json.append('}').toString();
  }
}
