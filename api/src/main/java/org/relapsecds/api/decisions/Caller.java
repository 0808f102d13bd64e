package org.relapsecds.api.decisions;

import org.relapsecds.api.security.ApiKeyAuthentication;
import org.springframework.security.core.Authentication;

/**
 * Who asked for an evaluation, as the decision log records it.
 *
 * @param kind {@value #API_KEY}, {@value #USER} or {@value #CDS_CLIENT}
 * @param name the API key's label, the user name, or the CDS Hooks client's id
 */
public record Caller(String kind, String name) {
  /** A calling system authenticated by its API key. */
  public static final String API_KEY = "api-key";

  /** A person: browser session or HTTP Basic. */
  public static final String USER = "user";

  /** A CDS Hooks client (EHR), named by the issuer of its JWT. */
  public static final String CDS_CLIENT = "cds-client";

  public Caller {
    kind = kind == null || kind.isBlank() ? USER : kind;
    name = name == null || name.isBlank() ? "unknown" : truncate(name);
  }

  /** The caller of a request authenticated by Spring Security. */
  public static Caller of(Authentication authentication) {
    if (authentication == null) {
      return new Caller(USER, "anonymous");
    }
    return new Caller(
        authentication instanceof ApiKeyAuthentication ? API_KEY : USER, authentication.getName());
  }

  private static String truncate(String name) {
    return name.length() <= 200 ? name : name.substring(0, 200);
  }
}
