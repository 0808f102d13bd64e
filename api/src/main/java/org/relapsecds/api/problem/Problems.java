package org.relapsecds.api.problem;

import java.net.URI;
import java.util.List;
import org.relapsecds.rules.engine.EvaluationLimitExceededException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * Builds the RFC 9457 problem documents of the API, so every error has the same shape: {@code
 * type}, {@code title}, {@code status}, {@code detail} and, for bad input, {@code errors[{field,
 * message}]}.
 */
public final class Problems {
  /** Problem type of a request with offending fields. */
  public static final URI INVALID_REQUEST = URI.create("urn:relapse-cds:problem:invalid-request");

  /** Problem type of a body above the size limit. */
  public static final URI PAYLOAD_TOO_LARGE =
      URI.create("urn:relapse-cds:problem:payload-too-large");

  /** Problem type while no knowledge base is active yet. */
  public static final URI NOT_READY = URI.create("urn:relapse-cds:problem:not-ready");

  /** Problem type of a case the knowledge base did not finish (an evaluation limit was reached). */
  public static final URI EVALUATION_INCOMPLETE =
      URI.create("urn:relapse-cds:problem:evaluation-incomplete");

  private Problems() {}

  /**
   * 500 for a case the rules did not finish: which limit, which knowledge base, which rules fired
   * most. The fault is in the rules, not in the case, so the status is a server error; the detail
   * names no internals beyond the rule names an editor can look up.
   */
  public static ProblemDetail evaluationIncomplete(EvaluationLimitExceededException e) {
    boolean firings = e.limit() == EvaluationLimitExceededException.Limit.RULE_FIRINGS;
    ProblemDetail problem =
        of(
            HttpStatus.INTERNAL_SERVER_ERROR,
            "The knowledge base "
                + e.knowledgeBaseVersion()
                + " was stopped for this case after "
                + (firings
                    ? e.ruleFirings() + " rule firings (the limit)"
                    : e.elapsed().toMillis() + " ms (the time budget)")
                + ". No outcome is given; the rule editors are told.");
    problem.setType(EVALUATION_INCOMPLETE);
    problem.setTitle("The knowledge base did not finish for this case");
    problem.setProperty("knowledgeBase", e.knowledgeBaseVersion());
    problem.setProperty("limit", firings ? "ruleFirings" : "timeBudget");
    problem.setProperty("rulesInvolved", e.rulesInvolved());
    return problem;
  }

  /** A problem with the standard title of its status. */
  public static ProblemDetail of(HttpStatusCode status, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    HttpStatus known = HttpStatus.resolve(status.value());
    if (known != null) {
      problem.setTitle(known.getReasonPhrase());
    }
    return problem;
  }

  /** 400 naming every offending field. */
  public static ProblemDetail invalidRequest(List<InvalidField> errors) {
    ProblemDetail problem =
        of(
            HttpStatus.BAD_REQUEST,
            errors.size() == 1
                ? "1 field of the request is not valid."
                : errors.size() + " fields of the request are not valid.");
    problem.setType(INVALID_REQUEST);
    problem.setTitle("Invalid request");
    problem.setProperty("errors", errors);
    return problem;
  }

  /** 413 naming the limit. */
  public static ProblemDetail payloadTooLarge(long limitBytes) {
    ProblemDetail problem =
        of(
            HttpStatus.CONTENT_TOO_LARGE,
            "The request body is larger than the limit of " + limitBytes / 1024 + " KB per case.");
    problem.setType(PAYLOAD_TOO_LARGE);
    return problem;
  }
}
