package org.relapsecds.api.cdshooks.fhir;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.MedicationAdministration;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Resource;

/**
 * The FHIR resources of one patient gathered for a service call, by type, and the prefetch keys
 * whose data could not be had (the client reported an OperationOutcome, or an optional key could
 * not be fetched).
 */
public final class PatientRecord {
  private Patient patient;
  private final List<Condition> conditions = new ArrayList<>();
  private final List<Observation> observations = new ArrayList<>();
  private final List<Procedure> procedures = new ArrayList<>();
  private final List<MedicationAdministration> medicationAdministrations = new ArrayList<>();
  private final List<MedicationRequest> medicationRequests = new ArrayList<>();
  private final List<MedicationStatement> medicationStatements = new ArrayList<>();
  private final List<AllergyIntolerance> allergies = new ArrayList<>();
  private final Set<String> unavailable = new LinkedHashSet<>();

  /** Adds a resource to its list; other types are ignored. */
  public void add(Resource resource) {
    if (resource instanceof Patient p) {
      patient = p;
    } else if (resource instanceof Condition c) {
      conditions.add(c);
    } else if (resource instanceof Observation o) {
      observations.add(o);
    } else if (resource instanceof Procedure p) {
      procedures.add(p);
    } else if (resource instanceof MedicationAdministration m) {
      medicationAdministrations.add(m);
    } else if (resource instanceof MedicationRequest m) {
      medicationRequests.add(m);
    } else if (resource instanceof MedicationStatement m) {
      medicationStatements.add(m);
    } else if (resource instanceof AllergyIntolerance a) {
      allergies.add(a);
    }
  }

  /** Marks a prefetch key whose data is unavailable. */
  public void markUnavailable(String key) {
    unavailable.add(key);
  }

  public Patient patient() {
    return patient;
  }

  public List<Condition> conditions() {
    return conditions;
  }

  public List<Observation> observations() {
    return observations;
  }

  public List<Procedure> procedures() {
    return procedures;
  }

  public List<MedicationAdministration> medicationAdministrations() {
    return medicationAdministrations;
  }

  public List<MedicationRequest> medicationRequests() {
    return medicationRequests;
  }

  public List<MedicationStatement> medicationStatements() {
    return medicationStatements;
  }

  public List<AllergyIntolerance> allergies() {
    return allergies;
  }

  /** Prefetch keys whose data could not be had. */
  public Set<String> unavailable() {
    return unavailable;
  }
}
