package org.relapsecds.api.authoring;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.relapsecds.api.authoring.AuthoringViews.Activation;
import org.relapsecds.api.authoring.AuthoringViews.DraftView;
import org.relapsecds.api.authoring.AuthoringViews.FileListing;
import org.relapsecds.api.authoring.AuthoringViews.HistoryEntry;
import org.relapsecds.api.authoring.AuthoringViews.ImpactReport;
import org.relapsecds.api.authoring.AuthoringViews.PublishRequest;
import org.relapsecds.api.authoring.AuthoringViews.ReloadRequest;
import org.relapsecds.api.authoring.AuthoringViews.RollbackRequest;
import org.relapsecds.api.authoring.AuthoringViews.ValidationRequest;
import org.relapsecds.api.authoring.AuthoringViews.ValidationResult;
import org.relapsecds.api.problem.Problems;
import org.relapsecds.authoring.lifecycle.LifecycleException;
import org.relapsecds.authoring.lifecycle.RuleLifecycle;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.ErrorResponseException;
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
 * The rule authoring API, an HTTP adapter of {@link RuleLifecycle}. Reading is open to clinicians
 * and editors; changing, publishing, rolling back and reloading to rule editors. Edits are
 * conditional on the file's ETag (its version in the lifecycle).
 */
@RestController
@RequestMapping("/api/v1/rules")
@PreAuthorize("hasAnyRole('RULE_EDITOR','CLINICIAN')")
class RulesController {
  private static final int MAX_RULE_FILE_CHARS = 256 * 1024;

  private final RuleLifecycle lifecycle;

  RulesController(RuleLifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  @GetMapping
  FileListing list() {
    return AuthoringWire.of(lifecycle.files());
  }

  @GetMapping(value = "/{file}", produces = MediaType.TEXT_PLAIN_VALUE)
  ResponseEntity<String> read(@PathVariable String file) {
    return lifecycle
        .file(file)
        .map(
            f ->
                ResponseEntity.ok()
                    .eTag(quote(f.version()))
                    .contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                    .body(f.text()))
        .orElseThrow(() -> new LifecycleException.NotFound("No rule file " + file));
  }

  @PostMapping("/validate")
  @PreAuthorize("hasRole('RULE_EDITOR')")
  ValidationResult validate(@RequestBody ValidationRequest request) {
    if (request == null || request.text() == null || request.file() == null) {
      throw new LifecycleException.InvalidInput(
          "file and text are required.",
          List.of(
              new LifecycleException.InvalidField(
                  request == null || request.file() == null ? "file" : "text", "is required")));
    }
    requireSize(request.text());
    return AuthoringWire.of(lifecycle.validate(request.file(), request.text()));
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
    String etag = lifecycle.save(file, text, create ? null : unquote(ifMatch), principal.getName());
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
    lifecycle.save(file, null, unquote(ifMatch), principal.getName());
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/draft")
  DraftView draft() {
    return AuthoringWire.of(lifecycle.draft());
  }

  @DeleteMapping("/draft")
  @PreAuthorize("hasRole('RULE_EDITOR')")
  ResponseEntity<Void> discardDraft(Principal principal) {
    lifecycle.discardDraft(principal.getName());
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/draft/impact")
  @PreAuthorize("hasRole('RULE_EDITOR')")
  ImpactReport impact() {
    return AuthoringWire.of(lifecycle.impact());
  }

  @PostMapping("/publish")
  @PreAuthorize("hasRole('RULE_EDITOR')")
  Activation publish(@RequestBody PublishRequest request, Principal principal) {
    return AuthoringWire.of(
        lifecycle.publish(request.reason(), request.draftCommit(), principal.getName()));
  }

  @GetMapping("/history")
  List<HistoryEntry> history(
      @RequestParam(required = false) String file, @RequestParam(defaultValue = "50") int limit) {
    return AuthoringWire.history(lifecycle.history(file, Math.max(1, Math.min(limit, 1000))));
  }

  @PostMapping("/rollback")
  @PreAuthorize("hasRole('RULE_EDITOR')")
  Activation rollback(@RequestBody RollbackRequest request, Principal principal) {
    return AuthoringWire.of(
        lifecycle.rollback(
            request.version(), request.commit(), request.reason(), principal.getName()));
  }

  @PostMapping("/reload")
  @PreAuthorize("hasRole('RULE_EDITOR')")
  Activation reload(@RequestBody(required = false) ReloadRequest request, Principal principal) {
    return AuthoringWire.of(
        lifecycle.reload(request == null ? null : request.reason(), principal.getName()));
  }

  private static void requireSize(String text) {
    if (text != null && text.length() > MAX_RULE_FILE_CHARS) {
      throw new ErrorResponseException(
          HttpStatus.CONTENT_TOO_LARGE,
          Problems.of(
              HttpStatus.CONTENT_TOO_LARGE,
              "A DRL file may have at most " + MAX_RULE_FILE_CHARS / 1024 + " K characters."),
          null);
    }
  }

  private static ErrorResponseException preconditionRequired(String detail) {
    return new ErrorResponseException(
        HttpStatus.PRECONDITION_REQUIRED,
        Problems.of(HttpStatus.PRECONDITION_REQUIRED, detail),
        null);
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
