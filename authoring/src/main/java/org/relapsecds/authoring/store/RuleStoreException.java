package org.relapsecds.authoring.store;

/** The rule store could not be read or written (a disk or repository failure, not a refusal). */
public final class RuleStoreException extends RuntimeException {
  public RuleStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
