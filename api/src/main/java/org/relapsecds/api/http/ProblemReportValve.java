package org.relapsecds.api.http;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.relapsecds.api.problem.ProblemWriter;
import org.relapsecds.api.problem.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * Tomcat's last word on an error, as a problem document instead of its HTML page. Tomcat answers
 * requests it cannot even parse (an encoded {@code /} or {@code \} in the path, an invalid
 * %-escape, a header over the size limit, a bad Content-Length, control characters in a header, an
 * unknown Transfer-Encoding) from its host pipeline, before any Spring code runs; this valve takes
 * the place of the {@link ErrorReportValve} there. Errors that reach the application are answered
 * by Spring (and the {@code /error} dispatch) before this valve sees them. Nothing of what the
 * client sent is echoed except the path, encoded, as {@code instance}.
 */
final class ProblemReportValve extends ErrorReportValve {
  private final ProblemWriter writer;

  ProblemReportValve(ProblemWriter writer) {
    this.writer = writer;
    setShowReport(false);
    setShowServerInfo(false);
  }

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    // as the HTML valve: nothing for a success, for a body already written, or twice
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    ProblemDetail problem = problem(status);
    Problems.complete(problem, request.getRequestURI());
    try {
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      response.setHeader("X-Content-Type-Options", "nosniff");
      PrintWriter out = response.getReporter();
      if (out != null) {
        out.write(new String(writer.toBytes(problem), StandardCharsets.UTF_8));
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException e) {
      // the client is gone or the response cannot take a body: nothing more to say
    }
  }

  /**
   * The problem of a status Tomcat set. Tomcat's parse errors carry an exception, but they are the
   * client's error all the same: the status decides, not the exception.
   */
  static ProblemDetail problem(int status) {
    HttpStatusCode code = HttpStatusCode.valueOf(status);
    if (code.is5xxServerError() && status != 501 && status != 505) {
      return Problems.of(code, "The server could not complete the request.");
    }
    ProblemDetail problem =
        Problems.of(
            code,
            "The server refused the request before reading it: its request line, a header or its"
                + " body framing is not acceptable HTTP (for example an encoded '/' or '\\' or an"
                + " invalid %-escape in the path, a header over the size limit, a bad"
                + " Content-Length or Transfer-Encoding, control characters in a header).");
    if (status == HttpStatus.BAD_REQUEST.value()
        || status == 501
        || status == 505
        || status == HttpStatus.EXPECTATION_FAILED.value()) {
      problem.setType(Problems.MALFORMED_HTTP);
    }
    return problem;
  }
}
