package org.relapsecds.api.audit;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Records every sign-in to the web UI (form login). Requests authenticated by API key or HTTP Basic
 * are not logins but single calls; their evaluations carry the caller in the decision log.
 */
@Component
class LoginSuccessAuditor {
  private final AuditLog audit;

  LoginSuccessAuditor(AuditLog audit) {
    this.audit = audit;
  }

  @EventListener
  void onLogin(InteractiveAuthenticationSuccessEvent event) {
    String remote =
        event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
            ? "from " + details.getRemoteAddress()
            : null;
    audit.record(event.getAuthentication().getName(), "login", null, remote);
  }
}
