package org.relapsecds.api.cdshooks.fhir;

/** Data the service needs cannot be had: the CDS Hooks answer is 412 Precondition Failed. */
public class RecordUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RecordUnavailableException(String message) {
    super(message);
  }
}
