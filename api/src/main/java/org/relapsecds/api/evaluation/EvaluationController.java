package org.relapsecds.api.evaluation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.relapsecds.api.decisions.Caller;
import org.relapsecds.api.decisions.Channels;
import org.relapsecds.api.security.SecurityConfiguration;
import org.relapsecds.rules.model.RelapseCase;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/evaluations}: one case in, one outcome out, one decision recorded. */
@RestController
@Tag(name = "Evaluation")
class EvaluationController {
  static final String CHANNEL = Channels.SINGLE;

  /** The response header that carries the decision id. */
  public static final String DECISION_ID_HEADER = "X-Decision-Id";

  private final EvaluationService service;

  EvaluationController(EvaluationService service) {
    this.service = service;
  }

  // The body is read here rather than bound by Spring so that its size is capped while reading and
  // every bad field is reported at once (see CaseReader).
  @PostMapping(
      path = "/api/v1/evaluations",
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      operationId = "evaluateCase",
      summary = "Evaluate one case",
      description =
          "Runs the active knowledge base over the facts of one relapse. Bad input gets 400 with"
              + " every offending field; bodies over 64 KB get 413.",
      requestBody =
          @io.swagger.v3.oas.annotations.parameters.RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_JSON_VALUE,
                      schema = @Schema(implementation = EvaluationRequest.class),
                      examples = @ExampleObject(name = "contract", value = ApiExamples.CASE))),
      responses = {
        @ApiResponse(
            responseCode = "200",
            description = "The outcome; its decisionId is also in the X-Decision-Id header",
            headers =
                @Header(
                    name = DECISION_ID_HEADER,
                    description = "Id of the decision in the decision log",
                    schema = @Schema(type = "string", format = "uuid")),
            content =
                @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = EvaluationResponse.class),
                    examples = @ExampleObject(name = "outcome", value = ApiExamples.OUTCOME))),
        @ApiResponse(
            responseCode = "400",
            description = "Invalid case: every offending field in errors[]",
            content =
                @Content(
                    mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                    examples = @ExampleObject(name = "invalid", value = ApiExamples.INVALID))),
        @ApiResponse(responseCode = "403", description = "Role not allowed"),
        @ApiResponse(responseCode = "413", description = "Body over 64 KB"),
        @ApiResponse(responseCode = "415", description = "Not application/json"),
        @ApiResponse(
            responseCode = "500",
            description =
                "The knowledge base did not finish for this case (evaluation-incomplete: limit,"
                    + " knowledgeBase, rulesInvolved)"),
        @ApiResponse(
            responseCode = "503",
            description =
                "No knowledge base active yet, or the decision log cannot take the record (the"
                    + " outcome is then not given); retry after Retry-After")
      })
  EvaluationResponse evaluate(
      HttpServletRequest request, HttpServletResponse response, Authentication authentication)
      throws IOException {
    byte[] body =
        RequestBodies.read(
            request.getInputStream(),
            request.getContentLengthLong(),
            RequestBodies.CASE_LIMIT_BYTES);
    // The web UI calls with its browser session; calling systems with a key or HTTP Basic.
    String channel =
        SecurityConfiguration.usesHeaderCredentials(request) ? CHANNEL : Channels.WORKBENCH;
    RelapseCase relapseCase = service.read(body, channel);
    EvaluationResponse outcome =
        service.evaluate(relapseCase, body, channel, Caller.of(authentication), null);
    if (outcome.decisionId() != null) {
      response.setHeader(DECISION_ID_HEADER, outcome.decisionId());
    }
    return outcome;
  }
}
