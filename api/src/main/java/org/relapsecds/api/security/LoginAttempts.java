package org.relapsecds.api.security;

import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Feeds the {@link LoginThrottle} from Spring Security's authentication events (form login, HTTP
 * Basic, and the API-key filter's failures) and announces each block that starts, once, in the log
 * and as a {@link LoginThrottledEvent} for the audit trail.
 */
@Component
class LoginAttempts {
  private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

  private final LoginThrottle throttle;
  private final Credentials credentials;
  private final ApplicationEventPublisher events;

  LoginAttempts(LoginThrottle throttle, Credentials credentials, ApplicationEventPublisher events) {
    this.throttle = throttle;
    this.credentials = credentials;
    this.events = events;
  }

  @EventListener
  void onFailure(AbstractAuthenticationFailureEvent event) {
    Authentication attempt = event.getAuthentication();
    String account = account(attempt);
    String address = address(attempt);
    Optional<Duration> block = throttle.failed(account, address);
    if (block.isPresent()) {
      String known = account != null && credentials.usernames().contains(account) ? account : null;
      log.warn(
          "Login attempts refused for {} s after repeated failures: {} from {}",
          block.get().toSeconds(),
          known != null ? "user '" + known + "'" : "unknown user or API key",
          address);
      events.publishEvent(new LoginThrottledEvent(known, address, block.get()));
    }
  }

  @EventListener
  void onSuccess(AuthenticationSuccessEvent event) {
    throttle.succeeded(account(event.getAuthentication()), address(event.getAuthentication()));
  }

  private static String account(Authentication attempt) {
    if (attempt == null
        || attempt instanceof FailedApiKey
        || attempt instanceof ApiKeyAuthentication) {
      return null;
    }
    return attempt.getName();
  }

  private static String address(Authentication attempt) {
    return attempt != null && attempt.getDetails() instanceof WebAuthenticationDetails details
        ? details.getRemoteAddress()
        : null;
  }
}
