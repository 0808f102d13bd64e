package org.relapsecds.api.cdshooks.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * One service of the discovery response.
 *
 * @param hook the hook it answers, e.g. {@code patient-view}
 * @param id the path segment after {@code /cds-services/}
 * @param title a short human-readable name
 * @param description what it does
 * @param prefetch key to FHIR query template
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ServiceDescriptor(
    String hook, String id, String title, String description, Map<String, String> prefetch) {}
