package org.relapsecds.api.authoring;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.relapsecds.api.authoring.AuthoringViews.Activation;
import org.relapsecds.api.authoring.AuthoringViews.DraftView;
import org.relapsecds.api.authoring.AuthoringViews.FileListing;
import org.relapsecds.api.authoring.AuthoringViews.PublishRequest;
import org.relapsecds.api.authoring.AuthoringViews.ReloadRequest;
import org.relapsecds.api.authoring.AuthoringViews.RollbackRequest;
import org.relapsecds.api.authoring.AuthoringViews.ValidationRequest;
import org.relapsecds.api.authoring.AuthoringViews.ValidationResult;
import org.relapsecds.api.authoring.impact.ImpactReport;
import org.relapsecds.api.authoring.repository.HistoryEntry;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The rule authoring API. Reading is open to clinicians and editors; changing, publishing, rolling
 * back and reloading to rule editors. Edits are conditional on the file's ETag.
 */
@RestController
@RequestMapping("/api/v1/rules")
@PreAuthorize("hasAnyRole('RULE_EDITOR','CLINICIAN')")
class RulesController {
  private static final int MAX_DRL_CHARS = 256 * 1024;

  private final RuleAuthoringService service;

  RulesController(RuleAuthoringService service) {
    this.service = service;
  }

  @GetMapping
  FileListing list() {
    return service.files();
  }

  @GetMapping(value = "/{file}", produces = MediaType.TEXT_PLAIN_VALUE)
  ResponseEntity<String> read(@PathVariable String file) {
    RuleAuthoringService.requireFileName(file);
    return service
        .file(file)
        .map(
            f ->
                ResponseEntity.ok()
                    .eTag(quote(f.getKey()))
                    .contentType(
                        new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8))
                    .body(f.getValue()))
        .orElseThrow(() -> notFound(file));
  }

  @PostMapping("/validate")
  @PreAuthorize("hasRole('RULE_EDITOR')")
  ValidationResult validate(@RequestBody ValidationRequest request) {
    if (request == null || request.text() == null || request.file() == null) {
      throw new AuthoringException(
          HttpStatus.BAD_REQUEST,
          "Invalid request",
          "file and text are required.",
          Map.of(
              "errors",
              List.of(
                  Map.of(
                      "field",
                      request == null || request.file() == null ? "file" : "text",
                      "message",
                      "is required"))));
    }
    requireSize(request.text());
    return service.validate(request.file(), request.text());
  }

  @PutMapping(value = "/{file}", consumes = MediaType.TEXT_PLAIN_VALUE)
  @PreAuthorize("hasRole('RULE_EDITOR')")
  ResponseEntity<Map<String, String>> save(
      @PathVariable String file,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch,
      @RequestBody String text,
      Principal principal) {
    requireSize(text);
    boolean create = "*".equals(ifNoneMatch == null ? null : ifNoneMatch.trim());
    if (ifMatch == null && !create) {
      throw preconditionRequired(
          "Send If-Match with the ETag you read (or If-None-Match: * to create a file).");
    }
    String etag = service.save(file, text, create ? null : unquote(ifMatch), principal.getName());
    return ResponseEntity.status(create ? HttpStatus.CREATED : HttpStatus.OK)
        .eTag(quote(etag))
        .body(Map.of("file", file, "etag", etag));
  }

  @DeleteMapping("/{file}")
  @PreAuthorize("hasRole('RULE_EDITOR')")
  ResponseEntity<Void> delete(
      @PathVariable String file,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      Principal principal) {
    if (ifMatch == null) {
      throw preconditionRequired("Send If-Match with the ETag of the file you mean to delete.");
    }
    service.save(file, null, unquote(ifMatch), principal.getName());
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/draft")
  DraftView draft() {
    return service.draft();
  }

  @DeleteMapping("/draft")
  @PreAuthorize("hasRole('RULE_EDITOR')")
  ResponseEntity<Void> discardDraft(Principal principal) {
    service.discardDraft(principal.getName());
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/draft/impact")
  @PreAuthorize("hasRole('RULE_EDITOR')")
  ImpactReport impact() {
    return service.impact();
  }

  @PostMapping("/publish")
  @PreAuthorize("hasRole('RULE_EDITOR')")
  Activation publish(@RequestBody PublishRequest request, Principal principal) {
    return service.publish(request.reason(), request.draftCommit(), principal.getName());
  }

  @GetMapping("/history")
  List<HistoryEntry> history(
      @RequestParam(required = false) String file, @RequestParam(defaultValue = "50") int limit) {
    if (file != null) {
      RuleAuthoringService.requireFileName(file);
    }
    return service.history(file, Math.max(1, Math.min(limit, 1000)));
  }

  @PostMapping("/rollback")
  @PreAuthorize("hasRole('RULE_EDITOR')")
  Activation rollback(@RequestBody RollbackRequest request, Principal principal) {
    return service.rollback(
        request.version(), request.commit(), request.reason(), principal.getName());
  }

  @PostMapping("/reload")
  @PreAuthorize("hasRole('RULE_EDITOR')")
  Activation reload(@RequestBody(required = false) ReloadRequest request, Principal principal) {
    return service.reload(request == null ? null : request.reason(), principal.getName());
  }

  private static void requireSize(String text) {
    if (text != null && text.length() > MAX_DRL_CHARS) {
      throw new AuthoringException(
          HttpStatus.CONTENT_TOO_LARGE,
          "Content Too Large",
          "A DRL file may have at most " + MAX_DRL_CHARS / 1024 + " K characters.");
    }
  }

  private static AuthoringException preconditionRequired(String detail) {
    return new AuthoringException(
        HttpStatus.PRECONDITION_REQUIRED, "Precondition Required", detail);
  }

  private static AuthoringException notFound(String file) {
    return new AuthoringException(HttpStatus.NOT_FOUND, "Not Found", "No rule file " + file);
  }

  static String quote(String etag) {
    return "\"" + etag + "\"";
  }

  static String unquote(String header) {
    String value = header.trim();
    if (value.startsWith("W/")) {
      value = value.substring(2);
    }
    if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
      value = value.substring(1, value.length() - 1);
    }
    return value;
  }
}
