package org.relapsecds.api.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "Audit")
class AuditController {
  private static final int MAX_LIMIT = 1000;

  private final AuditLog audit;

  AuditController(AuditLog audit) {
    this.audit = audit;
  }

  @GetMapping
  @Operation(
      operationId = "listAuditEvents",
      summary = "The audit trail, newest first",
      description = "Rule changes, logins, decision reads and replays. Roles RULE_EDITOR, AUDITOR.")
  List<AuditEvent> recent(
      @Parameter(description = "at most this many events (1 to 1000)")
          @RequestParam(defaultValue = "100")
          int limit,
      @Parameter(description = "only this action, e.g. rules.publish")
          @RequestParam(required = false)
          String action) {
    return audit.recent(Math.max(1, Math.min(limit, MAX_LIMIT)), action);
  }
}
