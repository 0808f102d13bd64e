package org.relapsecds.api.cdshooks.wire;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A FHIR Coding as CDS Hooks uses it (override reasons).
 *
 * @param system code system
 * @param code the code
 * @param display text; required on override reasons
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Coding(String system, String code, String display) {}
