package org.relapsecds.api.decisions;

import org.relapsecds.api.problem.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Answers {@link DecisionException} as an RFC 9457 problem document. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DecisionExceptionHandler {

  @ExceptionHandler(DecisionException.class)
  ResponseEntity<ProblemDetail> decision(DecisionException e) {
    ProblemDetail problem = Problems.of(e.status(), e.getMessage());
    if (e.type() != null) {
      problem.setType(e.type());
    }
    return ResponseEntity.status(e.status())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }
}
