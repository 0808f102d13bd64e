package org.relapsecds.api.decisions;

import java.net.URI;
import org.springframework.http.HttpStatus;

/** A decisions request that cannot be carried out: answered as a problem document. */
public class DecisionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The case of the decision is not stored (only its digest): it cannot be replayed. */
  public static final URI CASE_NOT_STORED =
      URI.create("urn:relapse-cds:problem:decision-case-not-stored");

  /** The knowledge-base version of the decision is not in the rule history. */
  public static final URI VERSION_UNKNOWN =
      URI.create("urn:relapse-cds:problem:knowledge-base-version-unknown");

  private final HttpStatus status;
  private final URI type;

  public DecisionException(HttpStatus status, URI type, String detail) {
    super(detail);
    this.status = status;
    this.type = type;
  }

  public HttpStatus status() {
    return status;
  }

  /** The problem type, or null for the status's default. */
  public URI type() {
    return type;
  }
}
