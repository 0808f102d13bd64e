package org.relapsecds.api.cdshooks;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.relapsecds.api.cdshooks.feedback.FeedbackService;
import org.relapsecds.api.cdshooks.security.AuthenticatedClient;
import org.relapsecds.api.cdshooks.security.ClientVerifier;
import org.relapsecds.api.cdshooks.wire.DiscoveryResponse;
import org.relapsecds.api.cdshooks.wire.FeedbackRequest;
import org.relapsecds.api.cdshooks.wire.HookRequest;
import org.relapsecds.api.cdshooks.wire.HookResponse;
import org.relapsecds.api.evaluation.RequestBodies;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The CDS Hooks 2.0 endpoints: discovery (open), service calls and feedback (each with a CDS
 * client's JWT). Thin: checks at the edge, then hands over to {@link CdsHooksService} and {@link
 * FeedbackService}.
 */
@RestController
@Tag(name = "CDS Hooks", description = "HL7 CDS Hooks 2.0 service over FHIR R4 (docs/cds-hooks.md)")
class CdsServicesController {
  /** Largest service call body: a patient's prefetched record. */
  static final int CALL_LIMIT_BYTES = 8 * 1024 * 1024;

  static final int FEEDBACK_LIMIT_BYTES = 256 * 1024;

  private final CdsHooksService service;
  private final FeedbackService feedback;
  private final ClientVerifier verifier;
  private final CdsHooksProperties properties;
  private final HookJson json;

  CdsServicesController(
      CdsHooksService service,
      FeedbackService feedback,
      ClientVerifier verifier,
      CdsHooksProperties properties,
      HookJson json) {
    this.service = service;
    this.feedback = feedback;
    this.verifier = verifier;
    this.properties = properties;
    this.json = json;
  }

  @GetMapping(path = "/cds-services", produces = MediaType.APPLICATION_JSON_VALUE)
  @SecurityRequirements // open: discovery holds no patient data
  @Operation(
      operationId = "cdsDiscovery",
      summary = "CDS Hooks discovery",
      description =
          "The two services with their hooks and prefetch templates. Open; a JWT sent is verified.",
      responses = {
        @ApiResponse(responseCode = "200", description = "The services"),
        @ApiResponse(responseCode = "401", description = "A JWT was sent and failed a check")
      })
  DiscoveryResponse discovery(HttpServletRequest request) {
    String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (authorization != null) {
      verifier.verify(authorization, Set.of(baseUrl() + "/cds-services"));
    }
    return new DiscoveryResponse(
        List.of(CdsServices.ASSESSMENT.descriptor(), CdsServices.ORDER_CHECK.descriptor()));
  }

  @PostMapping(
      path = "/cds-services/{id}",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  @CdsServiceAnswers
  @Operation(
      operationId = "callCdsService",
      summary = "Call a CDS service",
      description =
          "Evaluates the patient's relapse from FHIR R4 prefetch (or the client's FHIR server) and answers cards.",
      requestBody =
          @io.swagger.v3.oas.annotations.parameters.RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON_VALUE,
                      schema = @Schema(implementation = HookRequest.class))),
      responses = {
        @ApiResponse(responseCode = "200", description = "The cards ([] when out of scope)"),
        @ApiResponse(responseCode = "400", description = "Malformed call or wrong hook"),
        @ApiResponse(
            responseCode = "412",
            description = "Required FHIR data neither prefetched nor obtainable"),
        @ApiResponse(responseCode = "413", description = "Body over 8 MB")
      })
  HookResponse call(
      @Parameter(description = "Service id") @PathVariable("id") String id,
      HttpServletRequest request)
      throws IOException {
    CdsServices cds = known(id);
    AuthenticatedClient client = authenticate(request, id, false);
    HookRequest call = json.read(body(request, CALL_LIMIT_BYTES), HookRequest.class);
    return service.call(cds, call, client, baseUrl());
  }

  @PostMapping(path = "/cds-services/{id}/feedback", consumes = MediaType.APPLICATION_JSON_VALUE)
  @CdsServiceAnswers
  @Operation(
      operationId = "cdsFeedback",
      summary = "Feedback on cards",
      description = "Stores accepted/overridden outcomes per card (idempotent).",
      requestBody =
          @io.swagger.v3.oas.annotations.parameters.RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON_VALUE,
                      schema = @Schema(implementation = FeedbackRequest.class))),
      responses = {
        @ApiResponse(responseCode = "200", description = "Stored"),
        @ApiResponse(responseCode = "400", description = "Malformed feedback or unknown card"),
        @ApiResponse(responseCode = "413", description = "Body over 256 KB")
      })
  ResponseEntity<Void> feedback(@PathVariable("id") String id, HttpServletRequest request)
      throws IOException {
    known(id);
    AuthenticatedClient client = authenticate(request, id, true);
    FeedbackRequest items = json.read(body(request, FEEDBACK_LIMIT_BYTES), FeedbackRequest.class);
    feedback.store(id, client, items);
    return ResponseEntity.ok().build();
  }

  private static CdsServices known(String id) {
    return CdsServices.byId(id).orElseThrow(() -> new UnknownServiceException(id));
  }

  private AuthenticatedClient authenticate(
      HttpServletRequest request, String id, boolean feedback) {
    String base = baseUrl();
    Set<String> audiences =
        new LinkedHashSet<>(List.of(base + "/cds-services", base + "/cds-services/" + id));
    if (feedback) {
      audiences.add(base + "/cds-services/" + id + "/feedback");
    }
    return verifier.verify(request.getHeader(HttpHeaders.AUTHORIZATION), audiences);
  }

  private static byte[] body(HttpServletRequest request, int limit) throws IOException {
    return RequestBodies.read(request.getInputStream(), request.getContentLengthLong(), limit);
  }

  /** The configured public base URL, else the URL as requested (scheme, host, port, context). */
  private String baseUrl() {
    String configured = properties.baseUrl();
    if (configured != null && !configured.isBlank()) {
      return configured.endsWith("/")
          ? configured.substring(0, configured.length() - 1)
          : configured;
    }
    return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
  }
}
