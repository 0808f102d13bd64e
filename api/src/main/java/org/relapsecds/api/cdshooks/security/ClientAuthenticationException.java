package org.relapsecds.api.cdshooks.security;

/** A CDS client's JWT was missing or failed a check: 401. The message never holds the token. */
public class ClientAuthenticationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ClientAuthenticationException(String message) {
    super(message);
  }
}
