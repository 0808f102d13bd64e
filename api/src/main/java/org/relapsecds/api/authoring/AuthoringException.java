package org.relapsecds.api.authoring;

import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A rule-authoring request that cannot be carried out as asked; answered as a problem document with
 * this status and the extra properties (e.g. the gate's failing points).
 */
public class AuthoringException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final HttpStatus status;
  private final String title;
  private final transient Map<String, Object> properties;

  public AuthoringException(
      HttpStatus status, String title, String detail, Map<String, Object> properties) {
    super(detail);
    this.status = status;
    this.title = title;
    this.properties = Map.copyOf(properties);
  }

  public AuthoringException(HttpStatus status, String title, String detail) {
    this(status, title, detail, Map.of());
  }

  public HttpStatus status() {
    return status;
  }

  public String title() {
    return title;
  }

  public Map<String, Object> properties() {
    return properties;
  }
}
