package org.relapsecds.api.cdshooks;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What the API document says alike for the calls to one CDS service ({@code /cds-services/{id}} and
 * its feedback): the client's JWT and the answers the edge gives before the service runs. The
 * endpoint's own {@code @Operation} adds the answers that differ.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@SecurityRequirement(name = "cdsHooksJwt")
@ApiResponse(responseCode = "401", description = "Missing or invalid JWT")
@ApiResponse(responseCode = "404", description = "Unknown service")
@ApiResponse(responseCode = "415", description = "Not application/json")
@interface CdsServiceAnswers {}
