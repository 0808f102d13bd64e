package org.relapsecds.api.audit;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Records every failed login (form, HTTP Basic) in the audit log: the name tried, never a password.
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
        knownOrUnknown(event.getAuthentication().getName()),
        "login.failed",
        null,
        event.getException().getClass().getSimpleName() + remote);
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
