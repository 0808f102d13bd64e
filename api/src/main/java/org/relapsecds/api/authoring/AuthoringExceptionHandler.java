package org.relapsecds.api.authoring;

import org.relapsecds.api.authoring.repository.RepositoryException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Answers the authoring API's refusals as RFC 9457 problem documents. */
@RestControllerAdvice(assignableTypes = RulesController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AuthoringExceptionHandler {
  private static final Logger log = LoggerFactory.getLogger(AuthoringExceptionHandler.class);

  @ExceptionHandler(AuthoringException.class)
  ResponseEntity<ProblemDetail> authoring(AuthoringException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
    problem.setTitle(e.title());
    e.properties().forEach(problem::setProperty);
    return ResponseEntity.status(e.status())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  @ExceptionHandler(RepositoryException.class)
  ResponseEntity<ProblemDetail> repository(RepositoryException e) {
    log.error("rule repository failure", e);
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.SERVICE_UNAVAILABLE,
            "The rule repository could not be read or written; nothing was changed.");
    problem.setTitle("Rule repository unavailable");
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }
}
