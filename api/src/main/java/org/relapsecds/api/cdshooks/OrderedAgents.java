package org.relapsecds.api.cdshooks;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.relapsecds.api.cdshooks.fhir.Code;
import tools.jackson.databind.JsonNode;

/**
 * The agents with safety rules that the draft orders of an {@code order-select} call name, and the
 * alert codes that belong to each. An agent is recognised by its name in the medication's text or
 * codings' display, by configured extra words, or by configured codes (e.g. verified RxNorm codes).
 */
final class OrderedAgents {
  /** Agent to the alert codes of its safety rules (clinical specification 6.3 and section 10). */
  static final Map<String, List<String>> ALERTS =
      Map.of(
          "clofarabine", List.of("VOD_RISK_CLOFARABINE_AFTER_HSCT"),
          "inotuzumab", List.of("VOD_RISK_INOTUZUMAB"),
          "blinatumomab", List.of("CRS_NEUROTOXICITY_BLINATUMOMAB"),
          "tisagenlecleucel", List.of("CRS_NEUROTOXICITY_CAR_T"),
          "nelarabine", List.of("NELARABINE_NEUROTOXICITY"),
          "revumenib", List.of("DIFFERENTIATION_SYNDROME_REVUMENIB"));

  private final Map<String, Set<String>> names = new LinkedHashMap<>();
  private final Map<String, Set<Code>> codes = new LinkedHashMap<>();
  private final FhirContext fhir;

  OrderedAgents(CdsHooksProperties properties, FhirContext fhir) {
    this.fhir = fhir;
    for (String agent : ALERTS.keySet()) {
      Set<String> words = new LinkedHashSet<>(List.of(agent));
      properties
          .agentNames()
          .getOrDefault(agent, List.of())
          .forEach(w -> words.add(w.toLowerCase(Locale.ROOT)));
      names.put(agent, words);
      Set<Code> c = new LinkedHashSet<>();
      properties.agentCodes().getOrDefault(agent, List.of()).forEach(e -> c.add(Code.parse(e)));
      codes.put(agent, c);
    }
    for (String key : properties.agentNames().keySet()) {
      if (!ALERTS.containsKey(key)) {
        throw new IllegalArgumentException(
            "cds.hooks.agent-names."
                + key
                + " is not an order-check agent; known: "
                + ALERTS.keySet());
      }
    }
    for (String key : properties.agentCodes().keySet()) {
      if (!ALERTS.containsKey(key)) {
        throw new IllegalArgumentException(
            "cds.hooks.agent-codes."
                + key
                + " is not an order-check agent; known: "
                + ALERTS.keySet());
      }
    }
  }

  /**
   * The alert codes for the agents the draft orders name.
   *
   * @param draftOrders the context's {@code draftOrders} Bundle, or null
   * @return empty when no order names such an agent
   * @throws IllegalArgumentException when the value is not a FHIR R4 Bundle
   */
  Set<String> alertCodes(JsonNode draftOrders) {
    Set<String> alerts = new LinkedHashSet<>();
    if (draftOrders == null || draftOrders.isNull()) {
      return alerts;
    }
    IBaseResource parsed;
    try {
      parsed = fhir.newJsonParser().parseResource(draftOrders.toString());
    } catch (DataFormatException | ClassCastException e) {
      throw new IllegalArgumentException("context.draftOrders is not a FHIR R4 Bundle");
    }
    if (!(parsed instanceof Bundle bundle)) {
      throw new IllegalArgumentException("context.draftOrders is not a FHIR R4 Bundle");
    }
    for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
      if (entry.getResource() instanceof MedicationRequest order
          && order.hasMedicationCodeableConcept()) {
        CodeableConcept medication = order.getMedicationCodeableConcept();
        names.keySet().stream()
            .filter(agent -> names(medication, agent))
            .forEach(agent -> alerts.addAll(ALERTS.get(agent)));
      }
    }
    return alerts;
  }

  private boolean names(CodeableConcept medication, String agent) {
    StringBuilder text = new StringBuilder(medication.hasText() ? medication.getText() : "");
    for (Coding coding : medication.getCoding()) {
      if (codes.get(agent).contains(Code.of(coding))) {
        return true;
      }
      text.append(' ').append(coding.hasDisplay() ? coding.getDisplay() : "");
    }
    String lower = text.toString().toLowerCase(Locale.ROOT);
    return names.get(agent).stream().anyMatch(lower::contains);
  }
}
