package org.relapsecds.api.authoring;

import org.relapsecds.api.problem.InvalidField;
import org.relapsecds.api.problem.Problems;
import org.relapsecds.authoring.lifecycle.LifecycleException;
import org.relapsecds.authoring.lifecycle.LifecycleException.Busy;
import org.relapsecds.authoring.lifecycle.LifecycleException.Conflict;
import org.relapsecds.authoring.lifecycle.LifecycleException.DraftDoesNotFinish;
import org.relapsecds.authoring.lifecycle.LifecycleException.DraftInvalid;
import org.relapsecds.authoring.lifecycle.LifecycleException.ImpactNotConfirmed;
import org.relapsecds.authoring.lifecycle.LifecycleException.InvalidInput;
import org.relapsecds.authoring.lifecycle.LifecycleException.NotFound;
import org.relapsecds.authoring.lifecycle.LifecycleException.RuleCheckRefused;
import org.relapsecds.authoring.lifecycle.LifecycleException.RulesRefused;
import org.relapsecds.authoring.lifecycle.LifecycleException.StaleVersion;
import org.relapsecds.authoring.store.RuleStoreException;
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
 * Answers the lifecycle's refusals as RFC 9457 problem documents: the one place that chooses an
 * HTTP status, title and extra properties for each {@link LifecycleException}.
 */
@RestControllerAdvice(assignableTypes = RulesController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AuthoringExceptionHandler {
  private static final Logger log = LoggerFactory.getLogger(AuthoringExceptionHandler.class);

  @ExceptionHandler(LifecycleException.class)
  ResponseEntity<ProblemDetail> lifecycle(LifecycleException e) {
    ProblemDetail problem = problem(e);
    ResponseEntity.BodyBuilder answer = ResponseEntity.status(problem.getStatus());
    if (e instanceof Busy busy) {
      answer.header(HttpHeaders.RETRY_AFTER, Long.toString(busy.retryAfterSeconds()));
    }
    return answer.contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }

  private static ProblemDetail problem(LifecycleException e) {
    if (e instanceof InvalidInput invalid) {
      ProblemDetail problem = of(HttpStatus.BAD_REQUEST, "Invalid request", e);
      if (!invalid.fields().isEmpty()) {
        problem.setProperty(
            "errors",
            invalid.fields().stream().map(f -> new InvalidField(f.field(), f.message())).toList());
      }
      return problem;
    }
    if (e instanceof NotFound) {
      return of(HttpStatus.NOT_FOUND, "Not Found", e);
    }
    if (e instanceof Conflict) {
      return of(HttpStatus.CONFLICT, "Conflict", e);
    }
    if (e instanceof LifecycleException.NotPublished refused) {
      return refused.remoteChanged()
          ? of(HttpStatus.CONFLICT, "Published by another server first", e)
          : of(HttpStatus.SERVICE_UNAVAILABLE, "Rule remote unavailable", e);
    }
    if (e instanceof ImpactNotConfirmed unconfirmed) {
      ProblemDetail problem = of(HttpStatus.CONFLICT, "Impact not confirmed", e);
      problem.setProperty("draftCommit", unconfirmed.draftCommit());
      return problem;
    }
    if (e instanceof StaleVersion stale) {
      ProblemDetail problem = of(HttpStatus.PRECONDITION_FAILED, "Precondition Failed", e);
      if (stale.currentVersion() != null) {
        problem.setProperty("currentEtag", stale.currentVersion());
      }
      return problem;
    }
    if (e instanceof RulesRefused refused) {
      ProblemDetail problem = of(HttpStatus.UNPROCESSABLE_CONTENT, title(refused), e);
      problem.setProperty("failures", AuthoringWire.failures(refused.failures()));
      return problem;
    }
    if (e instanceof DraftDoesNotFinish unfinished) {
      ProblemDetail problem =
          of(HttpStatus.UNPROCESSABLE_CONTENT, "The draft did not finish for a reference case", e);
      problem.setProperty("rulesInvolved", unfinished.rulesInvolved());
      return problem;
    }
    if (e instanceof Busy) {
      ProblemDetail problem = of(HttpStatus.TOO_MANY_REQUESTS, "Busy", e);
      problem.setType(Problems.BUSY);
      return problem;
    }
    throw new IllegalStateException("no problem document for " + e.getClass().getName(), e);
  }

  private static String title(RulesRefused refused) {
    if (refused instanceof RuleCheckRefused) {
      return "Refused by the rule check";
    }
    return refused instanceof DraftInvalid
        ? "Draft does not pass the rule check and compilation"
        : "Refused by the publishing gate";
  }

  private static ProblemDetail of(HttpStatus status, String title, LifecycleException e) {
    ProblemDetail problem = Problems.of(status, e.getMessage());
    problem.setTitle(title);
    return problem;
  }

  @ExceptionHandler(RuleStoreException.class)
  ResponseEntity<ProblemDetail> store(RuleStoreException e) {
    log.error("rule repository failure", e);
    ProblemDetail problem =
        Problems.of(
            HttpStatus.SERVICE_UNAVAILABLE,
            "The rule repository could not be read or written; nothing was changed.");
    problem.setTitle("Rule repository unavailable");
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }
}
