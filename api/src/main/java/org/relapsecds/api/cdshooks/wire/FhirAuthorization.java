package org.relapsecds.api.cdshooks.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The client's OAuth 2.0 access token for its FHIR server. Transient: never logged or stored;
 * {@link #toString()} leaves the token out.
 *
 * @param accessToken the bearer token
 * @param tokenType {@code Bearer}
 * @param expiresIn lifetime in seconds
 * @param scope granted scopes
 * @param subject the OAuth client
 * @param patient the patient in context, when the scope is patient-level
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record FhirAuthorization(
    @JsonProperty("access_token") String accessToken,
    @JsonProperty("token_type") String tokenType,
    @JsonProperty("expires_in") Long expiresIn,
    String scope,
    String subject,
    String patient) {
  @Override
  public String toString() {
    return "FhirAuthorization[tokenType="
        + tokenType
        + ", scope="
        + scope
        + ", subject="
        + subject
        + "]";
  }
}
