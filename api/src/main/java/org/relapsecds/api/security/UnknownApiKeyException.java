package org.relapsecds.api.security;

import org.springframework.security.authentication.BadCredentialsException;

/** An {@code X-API-Key} that matches no configured key: the failure of a {@link FailedApiKey}. */
public final class UnknownApiKeyException extends BadCredentialsException {
  private static final long serialVersionUID = 1L;

  UnknownApiKeyException() {
    super("unknown API key");
  }
}
