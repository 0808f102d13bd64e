package org.relapsecds.api.decisions;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.relapsecds.api.audit.AuditLog;
import org.relapsecds.api.problem.InvalidField;
import org.relapsecds.api.problem.InvalidRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The decision log for auditors and rule editors (never the SERVICE or CLINICIAN role: the log
 * holds health data): search, read one decision, replay it. Reads and replays are themselves
 * recorded in the audit trail.
 */
@RestController
@RequestMapping(path = "/api/v1/decisions", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Decisions")
class DecisionsController {
  static final int MAX_PAGE_SIZE = 200;

  private final DecisionStore store;
  private final DecisionReplay replay;
  private final AuditLog audit;
  private final JsonMapper json = JsonMapper.builder().build();

  DecisionsController(DecisionStore store, DecisionReplay replay, AuditLog audit) {
    this.store = store;
    this.replay = replay;
    this.audit = audit;
  }

  @GetMapping
  @Operation(
      operationId = "searchDecisions",
      summary = "Search the decision log",
      description =
          "Newest first, paged. from/to: an ISO-8601 instant or a date (yyyy-MM-dd, UTC; to"
              + " includes the whole day). Roles AUDITOR, RULE_EDITOR.")
  @ApiResponse(responseCode = "200", description = "One page of decisions")
  @ApiResponse(responseCode = "400", description = "A bad parameter, named in errors[]")
  DecisionViews.Page search(
      @Parameter(description = "exact case id") @RequestParam(required = false) String caseId,
      @Parameter(description = "recorded at or after") @RequestParam(required = false) String from,
      @Parameter(description = "recorded before (a date: up to its end)")
          @RequestParam(required = false)
          String to,
      @Parameter(description = "knowledge-base version") @RequestParam(required = false)
          String knowledgeBaseVersion,
      @Parameter(description = "a recommendation or alert code") @RequestParam(required = false)
          String code,
      @Parameter(description = "caller name: API key label, user or CDS client")
          @RequestParam(required = false)
          String caller,
      @RequestParam(defaultValue = "0") String page,
      @RequestParam(defaultValue = "50") String size) {
    List<InvalidField> errors = new ArrayList<>();
    Instant fromInstant = instant("from", from, false, errors);
    Instant toInstant = instant("to", to, true, errors);
    int pageNumber = number("page", page, 0, 1_000_000, errors);
    int pageSize = number("size", size, 1, MAX_PAGE_SIZE, errors);
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
    DecisionQuery query =
        new DecisionQuery(
            blankToNull(caseId),
            fromInstant,
            toInstant,
            blankToNull(knowledgeBaseVersion),
            blankToNull(code),
            blankToNull(caller),
            pageNumber,
            pageSize);
    return new DecisionViews.Page(
        pageNumber,
        pageSize,
        store.count(query),
        store.search(query).stream().map(DecisionViews.Summary::of).toList());
  }

  @GetMapping("/{id}")
  @Operation(
      operationId = "getDecision",
      summary = "One decision with the case as received and its outcome")
  @ApiResponse(responseCode = "200", description = "The decision")
  @ApiResponse(responseCode = "404", description = "No such decision")
  DecisionViews.Detail decision(@PathVariable String id, Authentication reader) {
    DecisionRecord r = find(id);
    audit.record(reader.getName(), "decision.read", id, "case " + r.caseId());
    return new DecisionViews.Detail(
        DecisionViews.Summary.of(r),
        r.caseSha256(),
        r.caseJson() != null,
        tree(r.caseJson()),
        tree(r.feedbackJson()));
  }

  @PostMapping("/{id}/replay")
  @Operation(
      operationId = "replayDecision",
      summary = "Replay a decision",
      description =
          "Evaluates the stored case again under the knowledge-base version the decision used"
              + " (rebuilt from the rule history) and under the active version, and returns both"
              + " with the fields that differ.")
  @ApiResponse(responseCode = "200", description = "Both replays and where they differ")
  @ApiResponse(responseCode = "404", description = "No such decision")
  @ApiResponse(
      responseCode = "409",
      description = "Only the case's digest is kept (cds.decisions.store-case=false)")
  @ApiResponse(
      responseCode = "422",
      description = "The decision's knowledge-base version is not in the rule history")
  DecisionViews.Replay replay(@PathVariable String id, Authentication reader) {
    DecisionViews.Replay result = replay.replay(id);
    audit.record(
        reader.getName(),
        "decision.replay",
        id,
        result.original().knowledgeBaseVersion()
            + " -> "
            + result.active().knowledgeBaseVersion()
            + ": "
            + result.differences().size()
            + " field(s) differ"
            + (result.reproduced() ? "" : "; the original version did NOT reproduce the record"));
    return result;
  }

  private DecisionRecord find(String id) {
    return store
        .find(id)
        .orElseThrow(
            () -> new DecisionException(HttpStatus.NOT_FOUND, null, "No decision " + id + "."));
  }

  private JsonNode tree(String text) {
    if (text == null) {
      return null;
    }
    try {
      return json.readTree(text);
    } catch (JacksonException e) {
      return json.getNodeFactory().stringNode(text);
    }
  }

  private static Instant instant(String field, String value, boolean end, List<InvalidField> out) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(value.strip());
    } catch (DateTimeParseException notAnInstant) {
      try {
        LocalDate date = LocalDate.parse(value.strip());
        return (end ? date.plusDays(1) : date).atStartOfDay(ZoneOffset.UTC).toInstant();
      } catch (DateTimeParseException notADate) {
        out.add(
            new InvalidField(
                field,
                "must be an ISO-8601 instant (2026-03-03T10:15:00Z) or a date (2026-03-03)"));
        return null;
      }
    }
  }

  private static int number(String field, String value, int min, int max, List<InvalidField> out) {
    try {
      int n = Integer.parseInt(value.strip());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    out.add(new InvalidField(field, "must be a whole number from " + min + " to " + max));
    return min;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
