package org.relapsecds.api.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a problem document straight to a servlet response, for code that runs before Spring MVC
 * (security filters, size limits, the container's own error report).
 */
@Component
public class ProblemWriter {
  private final JsonMapper jsonMapper;

  public ProblemWriter(JsonMapper jsonMapper) {
    this.jsonMapper = jsonMapper;
  }

  /** Serialises a problem document as one JSON value (no trailing newline). */
  public byte[] toBytes(ProblemDetail problem) {
    return jsonMapper.writeValueAsBytes(problem);
  }

  /**
   * Sends the problem with its status and {@code application/problem+json}, completed with its type
   * and the request's path as instance.
   */
  public void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
      throws IOException {
    if (response.isCommitted()) {
      return;
    }
    Problems.complete(problem, request.getRequestURI());
    response.resetBuffer();
    response.setStatus(problem.getStatus());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.getOutputStream().write(toBytes(problem));
    response.flushBuffer();
  }
}
