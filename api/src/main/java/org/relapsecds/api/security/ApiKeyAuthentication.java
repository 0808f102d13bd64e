package org.relapsecds.api.security;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A request authenticated by its {@code X-API-Key}; the principal is the key's label. */
public final class ApiKeyAuthentication extends AbstractAuthenticationToken {
  private static final long serialVersionUID = 1L;

  private final String keyName;

  ApiKeyAuthentication(String keyName, List<String> roles) {
    super(roles.stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList());
    this.keyName = keyName;
    setAuthenticated(true);
  }

  @Override
  public Object getCredentials() {
    return "";
  }

  @Override
  public Object getPrincipal() {
    return keyName;
  }
}
