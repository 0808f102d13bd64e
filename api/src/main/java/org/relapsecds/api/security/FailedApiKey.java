package org.relapsecds.api.security;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * An API key that matched no configured key, as the subject of a failure event so that the audit
 * trail, the log and the throttle see it like a failed password. It never holds the key itself.
 */
final class FailedApiKey extends AbstractAuthenticationToken {
  private static final long serialVersionUID = 1L;

  FailedApiKey(Object details) {
    super(List.of());
    setDetails(details);
  }

  @Override
  public Object getCredentials() {
    return "";
  }

  @Override
  public Object getPrincipal() {
    return "";
  }
}
