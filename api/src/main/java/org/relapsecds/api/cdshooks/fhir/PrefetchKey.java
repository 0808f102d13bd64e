package org.relapsecds.api.cdshooks.fhir;

/**
 * A prefetch template of a service.
 *
 * @param key the prefetch key
 * @param template the FHIR query, with {@code {{context.patientId}}}
 * @param required without its data the case cannot be read: absent and not fetchable is 412
 */
public record PrefetchKey(String key, String template, boolean required) {
  /** The query for one patient (the id is checked to be a FHIR id before). */
  public String query(String patientId) {
    return template.replace("{{context.patientId}}", patientId);
  }
}
