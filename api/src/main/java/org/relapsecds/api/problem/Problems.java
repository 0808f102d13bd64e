package org.relapsecds.api.problem;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
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

  /** Problem type of a client that failed to log in too often; comes with Retry-After. */
  public static final URI TOO_MANY_FAILED_LOGINS =
      URI.create("urn:relapse-cds:problem:too-many-failed-logins");

  /** Problem type of a request whose HTTP framing the server refused before reading it. */
  public static final URI MALFORMED_HTTP = URI.create("urn:relapse-cds:problem:malformed-http");

  /** Problem type of a body sent with a content coding the service does not decode. */
  public static final URI UNSUPPORTED_CONTENT_ENCODING =
      URI.create("urn:relapse-cds:problem:unsupported-content-encoding");

  /** Problem type of a CPU-heavy task refused because one is already running. */
  public static final URI BUSY = URI.create("urn:relapse-cds:problem:busy");

  private static final String TYPE_PREFIX = "urn:relapse-cds:problem:";
  private static final int MAX_INSTANCE_CHARS = 256;

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

  /** A problem with the standard title and the generic type of its status. */
  public static ProblemDetail of(HttpStatusCode status, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    HttpStatus known = HttpStatus.resolve(status.value());
    if (known != null) {
      problem.setTitle(known.getReasonPhrase());
    }
    problem.setType(typeOf(status.value()));
    return problem;
  }

  /**
   * The generic type of a status without a more specific one, e.g. {@code
   * urn:relapse-cds:problem:not-found}: every problem names a type, never the implicit {@code
   * about:blank}.
   */
  public static URI typeOf(int status) {
    HttpStatus known = HttpStatus.resolve(status);
    String name =
        known == null
            ? "http-" + status
            : known.getReasonPhrase().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    return URI.create(TYPE_PREFIX + name);
  }

  /**
   * Fills what a problem must always carry and may lack when Spring or another component built it:
   * the type (generic for its status) and the instance (the request path).
   */
  public static ProblemDetail complete(ProblemDetail problem, String requestPath) {
    if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
      problem.setType(typeOf(problem.getStatus()));
    }
    if (problem.getInstance() == null) {
      problem.setInstance(instance(requestPath));
    }
    return problem;
  }

  /**
   * The request path as a URI reference, whatever the client sent: characters a URI may not hold
   * (and {@code %} not followed by two hex digits) are percent-encoded, and a path longer than 256
   * characters is cut, so a hostile path can never make building the problem fail.
   */
  public static URI instance(String requestPath) {
    if (requestPath == null || requestPath.isEmpty()) {
      return URI.create("/");
    }
    StringBuilder safe = new StringBuilder();
    if (requestPath.charAt(0) != '/') {
      safe.append('/'); // a path reference, never read as a scheme ("a:b") or an authority
    }
    byte[] bytes = requestPath.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < bytes.length && safe.length() < MAX_INSTANCE_CHARS; i++) {
      int b = bytes[i] & 0xff;
      boolean escape =
          b == '%' && !(i + 2 < bytes.length && hex(bytes[i + 1]) && hex(bytes[i + 2]));
      if (!escape && b < 0x80 && PATH_CHARS.indexOf(b) >= 0) {
        safe.append((char) b);
      } else {
        safe.append('%').append(String.format(Locale.ROOT, "%02X", b));
      }
    }
    return URI.create(safe.toString());
  }

  private static final String PATH_CHARS =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=:@/%";

  private static boolean hex(byte b) {
    return (b >= '0' && b <= '9') || (b >= 'a' && b <= 'f') || (b >= 'A' && b <= 'F');
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
