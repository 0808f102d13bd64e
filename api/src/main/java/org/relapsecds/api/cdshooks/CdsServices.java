package org.relapsecds.api.cdshooks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.relapsecds.api.cdshooks.fhir.PrefetchKey;
import org.relapsecds.api.cdshooks.wire.ServiceDescriptor;

/**
 * The two services and their prefetch templates (inside the CDS Hooks 2.0 query subset: type-level
 * search on {@code patient} with token equality only).
 */
enum CdsServices {
  ASSESSMENT(
      "relapsed-all-assessment",
      "patient-view",
      "Relapsed ALL assessment",
      "Classifies the patient's relapse of acute lymphoblastic leukaemia under the BFM, UK ALL R3"
          + " and COG risk schemes (site, timing, risk group, HSCT in CR2), with the treatment"
          + " options, safety alerts and missing data, each traced to its rule and sources. Supports"
          + " clinical judgement; not a treatment order."),
  ORDER_CHECK(
      "relapsed-all-order-check",
      "order-select",
      "Relapsed ALL order check",
      "When a draft order names clofarabine, inotuzumab, blinatumomab, tisagenlecleucel,"
          + " nelarabine or revumenib, the safety alerts the knowledge base holds for this patient"
          + " and that agent (e.g. clofarabine after HSCT). No cards otherwise.");

  /** The prefetch keys, shared by both services. */
  static final List<PrefetchKey> PREFETCH =
      List.of(
          new PrefetchKey("patient", "Patient/{{context.patientId}}", true),
          new PrefetchKey("conditions", "Condition?patient={{context.patientId}}", true),
          new PrefetchKey(
              "observations",
              "Observation?patient={{context.patientId}}&category=laboratory",
              true),
          new PrefetchKey(
              "diseaseStatus",
              "Observation?patient={{context.patientId}}&code=http://loinc.org|97509-4",
              true),
          new PrefetchKey("procedures", "Procedure?patient={{context.patientId}}", false),
          new PrefetchKey(
              "medAdmins", "MedicationAdministration?patient={{context.patientId}}", false),
          new PrefetchKey("medRequests", "MedicationRequest?patient={{context.patientId}}", false),
          new PrefetchKey("allergies", "AllergyIntolerance?patient={{context.patientId}}", false));

  private final String id;
  private final String hook;
  private final String title;
  private final String description;

  CdsServices(String id, String hook, String title, String description) {
    this.id = id;
    this.hook = hook;
    this.title = title;
    this.description = description;
  }

  String id() {
    return id;
  }

  String hook() {
    return hook;
  }

  static Optional<CdsServices> byId(String id) {
    for (CdsServices s : values()) {
      if (s.id.equals(id)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  ServiceDescriptor descriptor() {
    Map<String, String> prefetch = new LinkedHashMap<>();
    PREFETCH.forEach(k -> prefetch.put(k.key(), k.template()));
    return new ServiceDescriptor(hook, id, title, description, prefetch);
  }
}
