package org.relapsecds.api.problem;

/** The service cannot answer yet (no knowledge base active); answered with 503 and Retry-After. */
public class ServiceNotReadyException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ServiceNotReadyException(String message) {
    super(message);
  }
}
