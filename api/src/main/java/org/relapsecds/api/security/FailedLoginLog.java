package org.relapsecds.api.security;

import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.stereotype.Component;

/**
 * Logs failed logins (form, HTTP Basic, API key). Names only configured users: what someone typed
 * as an unknown user name may be a password typed in the wrong field. Never logs a password.
 */
@Component
class FailedLoginLog {
  private static final Logger log = LoggerFactory.getLogger(FailedLoginLog.class);

  private final Set<String> knownUsers;

  FailedLoginLog(Credentials credentials) {
    this.knownUsers = credentials.usernames();
  }

  @EventListener
  void onFailure(AbstractAuthenticationFailureEvent event) {
    String name = event.getAuthentication() == null ? null : event.getAuthentication().getName();
    log.warn(
        "Failed login: {} ({})",
        event.getAuthentication() instanceof FailedApiKey
            ? "unknown API key"
            : name != null && knownUsers.contains(name) ? "user '" + name + "'" : "unknown user",
        event.getException().getClass().getSimpleName());
  }
}
