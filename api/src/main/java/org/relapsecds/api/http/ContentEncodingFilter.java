package org.relapsecds.api.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Locale;
import org.relapsecds.api.problem.ProblemWriter;
import org.relapsecds.api.problem.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body in a content coding the service does not decode ({@code gzip}, {@code br},
 * ...) with 415 and {@code Accept-Encoding: identity} (RFC 9110, 15.5.16). Without it, the
 * compressed bytes would be read as if they were JSON: at best a confusing 400, at worst a body
 * that some proxy in front decodes differently from the service. Decoding is deliberately not
 * offered: a compressed body lets a small request expand into a large one.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ContentEncodingFilter extends OncePerRequestFilter {
  private final ProblemWriter problems;

  ContentEncodingFilter(ProblemWriter problems) {
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    for (String value : Collections.list(request.getHeaders(HttpHeaders.CONTENT_ENCODING))) {
      for (String coding : value.split(",", -1)) {
        if (!coding.strip().toLowerCase(Locale.ROOT).equals("identity")) {
          response.setHeader(HttpHeaders.ACCEPT_ENCODING, "identity");
          problems.write(request, response, refused());
          return;
        }
      }
    }
    chain.doFilter(request, response);
  }

  static ProblemDetail refused() {
    ProblemDetail problem =
        Problems.of(
            HttpStatus.UNSUPPORTED_MEDIA_TYPE,
            "The request body must not be compressed: send it without Content-Encoding (or with"
                + " Content-Encoding: identity).");
    problem.setType(Problems.UNSUPPORTED_CONTENT_ENCODING);
    problem.setTitle("Unsupported content encoding");
    return problem;
  }
}
