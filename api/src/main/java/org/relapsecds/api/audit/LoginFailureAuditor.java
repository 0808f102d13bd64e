package org.relapsecds.api.audit;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Records every failed login (form, HTTP Basic) in the audit log: the name tried, never a password.
 */
@Component
class LoginFailureAuditor {
  private final AuditLog audit;

  LoginFailureAuditor(AuditLog audit) {
    this.audit = audit;
  }

  @EventListener
  void onFailure(AbstractAuthenticationFailureEvent event) {
    String remote =
        event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
            ? " from " + details.getRemoteAddress()
            : "";
    audit.record(
        String.valueOf(event.getAuthentication().getName()),
        "login.failed",
        null,
        event.getException().getClass().getSimpleName() + remote);
  }
}
