package org.relapsecds.api.cdshooks;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.relapsecds.api.cdshooks.fhir.BadPrefetchException;
import org.relapsecds.api.cdshooks.fhir.RecordUnavailableException;
import org.relapsecds.api.cdshooks.security.ClientAuthenticationException;
import org.relapsecds.api.problem.InvalidField;
import org.relapsecds.api.problem.InvalidRequestException;
import org.relapsecds.api.problem.PayloadTooLargeException;
import org.relapsecds.api.problem.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Errors of the CDS Hooks endpoints as RFC 9457 problem documents that also carry an
 * OperationOutcome ({@code operationOutcome}), as the CDS Hooks 3.0 ballot asks: 400, 401 (logged
 * with the reason, never the token), 404, 412, 413.
 */
@RestControllerAdvice(assignableTypes = CdsServicesController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CdsHooksProblems {
  private static final Logger log = LoggerFactory.getLogger(CdsHooksProblems.class);
  static final URI UNAUTHORIZED = URI.create("urn:relapse-cds:problem:cds-client-unauthorized");
  static final URI PRECONDITION = URI.create("urn:relapse-cds:problem:fhir-data-unavailable");
  static final URI UNKNOWN_SERVICE = URI.create("urn:relapse-cds:problem:unknown-cds-service");

  @ExceptionHandler(ClientAuthenticationException.class)
  ResponseEntity<ProblemDetail> unauthorized(
      ClientAuthenticationException e, HttpServletRequest request) {
    log.warn(
        "CDS Hooks: refused {} {} from {}: {}",
        request.getMethod(),
        request.getRequestURI(),
        request.getRemoteAddr(),
        e.getMessage());
    ProblemDetail problem =
        problem(
            HttpStatus.UNAUTHORIZED,
            UNAUTHORIZED,
            "The CDS client's JWT was not accepted: " + e.getMessage() + ".",
            "login",
            request);
    return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"cds-services\"")
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  @ExceptionHandler(RecordUnavailableException.class)
  ResponseEntity<ProblemDetail> unavailable(
      RecordUnavailableException e, HttpServletRequest request) {
    return send(
        problem(
            HttpStatus.PRECONDITION_FAILED, PRECONDITION, e.getMessage(), "not-found", request));
  }

  @ExceptionHandler(UnknownServiceException.class)
  ResponseEntity<ProblemDetail> unknown(UnknownServiceException e, HttpServletRequest request) {
    return send(
        problem(HttpStatus.NOT_FOUND, UNKNOWN_SERVICE, e.getMessage(), "not-found", request));
  }

  @ExceptionHandler(BadPrefetchException.class)
  ResponseEntity<ProblemDetail> badPrefetch(BadPrefetchException e, HttpServletRequest request) {
    return invalid(
        new InvalidRequestException(
            List.of(new InvalidField("prefetch." + e.key(), "is not a FHIR R4 resource in JSON"))),
        request);
  }

  @ExceptionHandler(InvalidRequestException.class)
  ResponseEntity<ProblemDetail> invalid(InvalidRequestException e, HttpServletRequest request) {
    ProblemDetail problem = Problems.invalidRequest(e.errors());
    problem.setInstance(URI.create(request.getRequestURI()));
    problem.setProperty(
        "operationOutcome",
        outcome(e.errors().stream().map(f -> f.field() + " " + f.message()).toList(), "invalid"));
    return send(problem);
  }

  @ExceptionHandler(PayloadTooLargeException.class)
  ResponseEntity<ProblemDetail> tooLarge(PayloadTooLargeException e, HttpServletRequest request) {
    ProblemDetail problem = Problems.payloadTooLarge(e.limitBytes());
    problem.setDetail(
        "The request body is larger than the limit of " + e.limitBytes() / 1024 + " KB.");
    problem.setInstance(URI.create(request.getRequestURI()));
    problem.setProperty("operationOutcome", outcome(List.of(problem.getDetail()), "too-costly"));
    return send(problem);
  }

  private static ProblemDetail problem(
      HttpStatus status, URI type, String detail, String code, HttpServletRequest request) {
    ProblemDetail problem = Problems.of(status, detail);
    problem.setType(type);
    problem.setInstance(URI.create(request.getRequestURI()));
    problem.setProperty("operationOutcome", outcome(List.of(detail), code));
    return problem;
  }

  static Map<String, Object> outcome(List<String> diagnostics, String code) {
    return Map.of(
        "resourceType",
        "OperationOutcome",
        "issue",
        diagnostics.stream()
            .map(d -> Map.of("severity", "error", "code", code, "diagnostics", d))
            .toList());
  }

  private static ResponseEntity<ProblemDetail> send(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }
}
