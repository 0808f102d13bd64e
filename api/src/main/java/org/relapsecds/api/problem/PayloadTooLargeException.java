package org.relapsecds.api.problem;

/** A request body (or one batch line) above the documented size limit; answered with 413. */
public class PayloadTooLargeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final long limitBytes;

  public PayloadTooLargeException(long limitBytes) {
    super("request body larger than " + limitBytes + " bytes");
    this.limitBytes = limitBytes;
  }

  public long limitBytes() {
    return limitBytes;
  }
}
