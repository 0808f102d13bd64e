package org.relapsecds.api.cdshooks.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The body of a service call ({@code POST /cds-services/{id}}).
 *
 * @param hook the hook that fired; must be the service's
 * @param hookInstance a UUID per invocation
 * @param fhirServer base URL of the client's FHIR server
 * @param fhirAuthorization token for {@code fhirServer}
 * @param context the hook's context ({@code userId}, {@code patientId}, {@code draftOrders}, ...)
 * @param prefetch key to resource, searchset Bundle or {@code null}; an absent key is not satisfied
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record HookRequest(
    String hook,
    String hookInstance,
    String fhirServer,
    FhirAuthorization fhirAuthorization,
    Map<String, JsonNode> context,
    Map<String, JsonNode> prefetch) {
  public HookRequest {
    // a JSON null value is kept (the key "was prefetched, no data"); LinkedHashMap allows it
    context = context == null ? Map.of() : new LinkedHashMap<>(context);
    prefetch = prefetch == null ? Map.of() : new LinkedHashMap<>(prefetch);
  }

  /** A text member of the context, or null. */
  public String contextText(String name) {
    JsonNode value = context.get(name);
    return value != null && value.isString() ? value.asString() : null;
  }
}
