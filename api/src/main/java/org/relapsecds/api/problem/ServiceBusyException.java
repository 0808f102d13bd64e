package org.relapsecds.api.problem;

/**
 * A CPU-heavy task that runs one at a time per server is already running; answered with 429 and
 * {@code Retry-After} instead of queueing the request behind it.
 */
public class ServiceBusyException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final long retryAfterSeconds;

  public ServiceBusyException(String message, long retryAfterSeconds) {
    super(message);
    this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
