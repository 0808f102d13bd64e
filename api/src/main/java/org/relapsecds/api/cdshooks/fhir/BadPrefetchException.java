package org.relapsecds.api.cdshooks.fhir;

/** A prefetch value or a FHIR server answer is not FHIR R4 JSON: 400 for prefetch. */
public class BadPrefetchException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String key;

  public BadPrefetchException(String key, String message) {
    super(message);
    this.key = key;
  }

  /** The prefetch key. */
  public String key() {
    return key;
  }
}
