package org.relapsecds.api.audit;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail for rule editors and auditors: newest first. */
@RestController
@RequestMapping("/api/v1/audit")
@PreAuthorize("hasAnyRole('RULE_EDITOR', 'AUDITOR')")
class AuditController {
  private static final int MAX_LIMIT = 1000;

  private final AuditLog audit;

  AuditController(AuditLog audit) {
    this.audit = audit;
  }

  @GetMapping
  List<AuditEvent> recent(
      @RequestParam(defaultValue = "100") int limit,
      @RequestParam(required = false) String action) {
    return audit.recent(Math.max(1, Math.min(limit, MAX_LIMIT)), action);
  }
}
