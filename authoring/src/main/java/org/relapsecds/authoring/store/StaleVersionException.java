package org.relapsecds.authoring.store;

/** A conditional change whose expected version no longer matches: nothing was changed. */
public final class StaleVersionException extends RuntimeException {
  private final String currentVersion;

  public StaleVersionException(String message, String currentVersion) {
    super(message);
    this.currentVersion = currentVersion;
  }

  /** The version the resource has now; null when it does not exist. */
  public String currentVersion() {
    return currentVersion;
  }
}
