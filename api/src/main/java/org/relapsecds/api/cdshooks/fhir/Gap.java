package org.relapsecds.api.cdshooks.fhir;

/**
 * A case field the FHIR record did not settle.
 *
 * @param field the API path, e.g. {@code response.mrd}
 * @param reason why it was left out
 */
public record Gap(String field, String reason) {}
