package org.relapsecds.api.audit;

import org.relapsecds.api.security.LoginThrottledEvent;
import org.relapsecds.api.security.UnknownApiKeyException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Records every failed login (form, HTTP Basic, API key) in the audit log, and every block that
 * repeated failures start: the configured user name tried (or "unknown user"), the kind of failure
 * and the client address; never a password or a key.
 */
@Component
class LoginFailureAuditor {
  private final AuditLog audit;
  private final ObjectProvider<UserDetailsService> users;

  LoginFailureAuditor(AuditLog audit, ObjectProvider<UserDetailsService> users) {
    this.audit = audit;
    this.users = users;
  }

  @EventListener
  void onFailure(AbstractAuthenticationFailureEvent event) {
    String remote =
        event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
            ? " from " + details.getRemoteAddress()
            : "";
    audit.record(
        event.getException() instanceof UnknownApiKeyException
            ? "unknown API key"
            : knownOrUnknown(event.getAuthentication().getName()),
        "login.failed",
        null,
        event.getException().getClass().getSimpleName() + remote);
  }

  @EventListener
  void onThrottled(LoginThrottledEvent event) {
    audit.record(
        event.account() == null ? "unknown user" : event.account(),
        "login.throttled",
        null,
        "logins refused for "
            + event.block().toSeconds()
            + " s after repeated failures from "
            + event.address());
  }

  private String knownOrUnknown(String name) {
    UserDetailsService service = users.getIfAvailable();
    if (name == null || name.isBlank() || service == null) {
      return "unknown user";
    }
    try {
      service.loadUserByUsername(name);
      return name;
    } catch (UsernameNotFoundException e) {
      return "unknown user";
    }
  }
}
