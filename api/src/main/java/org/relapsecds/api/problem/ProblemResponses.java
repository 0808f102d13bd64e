package org.relapsecds.api.problem;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.relapsecds.rules.engine.EvaluationLimitExceededException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every exception that reaches Spring MVC into a problem document: Spring's own (400 for
 * unreadable bodies, 404, 405, 406, 415, ...) and the API's (invalid fields, oversized bodies).
 * Unexpected failures become a 500 without any internal detail; the log has it, under an id that
 * the response names.
 */
@RestControllerAdvice
public class ProblemResponses extends ResponseEntityExceptionHandler {
  private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);

  @ExceptionHandler(InvalidRequestException.class)
  ResponseEntity<ProblemDetail> invalidRequest(InvalidRequestException e) {
    return problem(Problems.invalidRequest(e.errors()));
  }

  @ExceptionHandler(PayloadTooLargeException.class)
  ResponseEntity<ProblemDetail> tooLarge(PayloadTooLargeException e) {
    return problem(Problems.payloadTooLarge(e.limitBytes()));
  }

  @ExceptionHandler(EvaluationLimitExceededException.class)
  ResponseEntity<ProblemDetail> evaluationIncomplete(EvaluationLimitExceededException e) {
    return problem(Problems.evaluationIncomplete(e)); // logged and counted by the evaluation
  }

  @ExceptionHandler(ServiceNotReadyException.class)
  ResponseEntity<ProblemDetail> notReady(ServiceNotReadyException e) {
    ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
    problem.setType(Problems.NOT_READY);
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .header(HttpHeaders.RETRY_AFTER, "5")
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  // Security exceptions thrown from method-level checks are left to the security filter chain,
  // which answers them as problem documents too.
  @ExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
  void security(RuntimeException e) {
    throw e;
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
    String id = UUID.randomUUID().toString();
    log.error(
        "Unexpected failure {} on {} {}", id, request.getMethod(), request.getRequestURI(), e);
    ProblemDetail problem =
        Problems.of(
            HttpStatus.INTERNAL_SERVER_ERROR,
            "The server could not complete the request (error id " + id + ").");
    return problem(problem);
  }

  @Override
  protected ResponseEntity<Object> handleExceptionInternal(
      Exception ex,
      @Nullable Object body,
      HttpHeaders headers,
      HttpStatusCode statusCode,
      WebRequest request) {
    ResponseEntity<Object> answer =
        super.handleExceptionInternal(ex, body, headers, statusCode, request);
    Object problem = answer == null ? null : answer.getBody();
    if (!(problem instanceof ProblemDetail)) {
      problem = Problems.of(statusCode, "The request cannot be processed.");
    }
    HttpHeaders copy = new HttpHeaders();
    if (answer != null) {
      copy.putAll(answer.getHeaders());
    }
    copy.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
    return ResponseEntity.status(statusCode).headers(copy).body(problem);
  }

  private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }
}
