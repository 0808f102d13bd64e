package org.relapsecds.api.problem;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers the container's error dispatch (errors raised outside Spring MVC, e.g. by Tomcat) with a
 * problem document instead of Boot's default error body, so clients see one error format. Never
 * includes exception messages or stack traces. {@code /error} asked for directly is not a resource
 * of the API: 404.
 */
@RestController
@Hidden // the container's error dispatch, not a resource of the API
public class ProblemErrorController implements ErrorController {

  @RequestMapping("/error")
  ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    HttpStatus status;
    if (code == null && uri == null) {
      status = HttpStatus.NOT_FOUND; // a client asked for /error itself
    } else {
      status =
          code instanceof Integer value && HttpStatus.resolve(value) != null
              ? HttpStatus.valueOf(value)
              : HttpStatus.INTERNAL_SERVER_ERROR;
    }
    ProblemDetail problem =
        Problems.of(
            status,
            status.is5xxServerError()
                ? "The server could not complete the request."
                : status.getReasonPhrase() + ".");
    Problems.complete(problem, uri instanceof String original ? original : request.getRequestURI());
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }
}
