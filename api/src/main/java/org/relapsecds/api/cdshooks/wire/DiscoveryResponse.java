package org.relapsecds.api.cdshooks.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * {@code GET /cds-services}.
 *
 * @param services the services, always written
 */
public record DiscoveryResponse(
    @JsonInclude(JsonInclude.Include.ALWAYS) List<ServiceDescriptor> services) {}
