package org.relapsecds.api.authoring.repository;

/** The rule repository on disk could not be read or written. */
public final class RepositoryException extends RuntimeException {
  public RepositoryException(String message, Throwable cause) {
    super(message, cause);
  }
}
