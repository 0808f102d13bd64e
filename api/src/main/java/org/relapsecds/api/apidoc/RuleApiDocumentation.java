package org.relapsecds.api.apidoc;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The document's part for the rule-authoring endpoints ({@code /api/v1/rules/**}): operation ids,
 * summaries, the answered statuses (201, 204, 412 with {@code currentEtag}, 422 with {@code
 * failures}, 428), the required {@code If-Match} and the nullable members of the authoring wire
 * types. It lives here, by path, rather than as annotations on the authoring controller because the
 * authoring lifecycle was being reshaped in parallel (December 2026); once that settles it can move
 * onto the controller. A path that is not served is skipped.
 */
@SuppressWarnings({"rawtypes", "unchecked"}) // swagger-core's model is raw-typed
final class RuleApiDocumentation {
  private static final String RULES = "/api/v1/rules";
  private static final String ETAG = "ETag";

  /** Authoring wire-type members that are null in some answers (see their records' Javadoc). */
  private static final Map<String, Set<String>> NULLABLE =
      Map.of(
          "FileEntry", Set.of("activeVersion", "etag"),
          "Activation", Set.of("previousVersion", "impact"),
          "GateFailure", Set.of("file"),
          "FieldChange", Set.of("active", "draft"),
          "HistoryEntry", Set.of("reason", "knowledgeBaseVersion"),
          "FileDiff", Set.of("patch"));

  private RuleApiDocumentation() {}

  static void apply(OpenAPI api) {
    Map<String, Schema> schemas = api.getComponents().getSchemas();
    NULLABLE.forEach(
        (name, members) -> {
          Schema<?> schema = schemas.get(name);
          if (schema != null && schema.getProperties() != null) {
            members.stream()
                .map(schema.getProperties()::get)
                .filter(p -> p != null)
                .forEach(p -> p.setNullable(true));
          }
        });
    schemas.put(
        "SavedRuleFile",
        new ObjectSchema()
            .description("The file saved into the draft and its new ETag")
            .addProperty("file", new StringSchema())
            .addProperty("etag", new StringSchema())
            .required(List.of("file", "etag")));

    on(api, RULES, PathItem.HttpMethod.GET)
        .describe("listRuleFiles", "The rule files of the active rules and of the draft");
    on(api, RULES + "/{file}", PathItem.HttpMethod.GET)
        .describe("readRuleFile", "One DRL file of the draft, with its ETag")
        .header("200", ETAG, "Send it back in If-Match to change or delete the file")
        .answer("400", "Not a DRL file name")
        .answer("404", "No such file");
    on(api, RULES + "/{file}", PathItem.HttpMethod.PUT)
        .describe("saveRuleFile", "Save a DRL file into the draft, conditional on its ETag")
        .header(
            "If-Match",
            false,
            "The ETag read (GET); required unless If-None-Match: * creates a new file")
        .header("If-None-Match", false, "* to create a file that does not exist yet")
        .saved("200", "Saved into the draft")
        .saved("201", "Created (If-None-Match: *)")
        .answer("400", "Not a DRL file name")
        .answer("409", "The draft started before the active rules last changed")
        .answer("412", "The file changed since it was read: currentEtag names its ETag now")
        .answer("413", "Over 256 K characters")
        .answer("422", "Refused by the rule check: each finding in failures")
        .answer("428", "Neither If-Match nor If-None-Match: * was sent");
    on(api, RULES + "/{file}", PathItem.HttpMethod.DELETE)
        .describe("deleteRuleFile", "Delete a DRL file in the draft, conditional on its ETag")
        .header("If-Match", true, "The ETag of the file as read (GET)")
        .noContent("Deleted in the draft")
        .answer("412", "The file changed since it was read (currentEtag), or is not in the draft")
        .answer("428", "If-Match was not sent");
    on(api, RULES + "/draft", PathItem.HttpMethod.GET)
        .describe("readDraft", "The pending draft: each changed file's diff");
    on(api, RULES + "/draft", PathItem.HttpMethod.DELETE)
        .describe("discardDraft", "Discard the draft")
        .noContent("The draft is the active rules again");
    on(api, RULES + "/draft/impact", PathItem.HttpMethod.GET)
        .describe("draftImpact", "What the draft changes on the reference cases")
        .answer("422", "The draft does not pass the rule check or compile: failures");
    on(api, RULES + "/validate", PathItem.HttpMethod.POST)
        .describe("validateRuleFile", "Check a DRL text (rule check, compile) without saving it")
        .answer("400", "file or text missing: errors")
        .answer("413", "Over 256 K characters");
    on(api, RULES + "/publish", PathItem.HttpMethod.POST)
        .describe("publishDraft", "Publish the draft through the gate")
        .answer("409", "draftCommit is not the draft whose impact was reviewed")
        .answer("422", "Refused by the publishing gate: each failing point in failures");
    on(api, RULES + "/history", PathItem.HttpMethod.GET)
        .describe("ruleHistory", "Publishes, rollbacks and edits, newest first")
        .answer("400", "Not a DRL file name");
    on(api, RULES + "/rollback", PathItem.HttpMethod.POST)
        .describe("rollbackRules", "Activate an earlier version of the rules")
        .answer("400", "Neither or both of version and commit")
        .answer("404", "No such version or commit")
        .answer("422", "Refused by the publishing gate: failures");
    on(api, RULES + "/reload", PathItem.HttpMethod.POST)
        .describe("reloadRules", "Activate rule files edited outside the API")
        .answer("422", "Refused by the publishing gate: failures");
  }

  private static Step on(OpenAPI api, String path, PathItem.HttpMethod method) {
    PathItem item = api.getPaths() == null ? null : api.getPaths().get(path);
    return new Step(item == null ? null : item.readOperationsMap().get(method));
  }

  /** Edits one operation; does nothing when the operation is not served. */
  private record Step(Operation op) {
    Step describe(String operationId, String summary) {
      if (op != null) {
        op.setOperationId(operationId);
        op.setSummary(summary);
        op.setTags(List.of("Rules"));
      }
      return this;
    }

    Step answer(String status, String description) {
      if (op != null) {
        op.getResponses().addApiResponse(status, ProblemAnswers.response(description));
      }
      return this;
    }

    Step header(String status, String name, String description) {
      ApiResponse ok = op == null ? null : op.getResponses().get(status);
      if (ok != null) {
        ok.addHeaderObject(name, new Header().description(description).schema(new StringSchema()));
      }
      return this;
    }

    Step header(String name, boolean required, String description) {
      if (op != null && op.getParameters() != null) {
        for (Parameter p : op.getParameters()) {
          if ("header".equals(p.getIn()) && name.equalsIgnoreCase(p.getName())) {
            p.setRequired(required);
            p.setDescription(description);
          }
        }
      }
      return this;
    }

    Step saved(String status, String description) {
      if (op != null) {
        ApiResponse saved =
            new ApiResponse()
                .description(description)
                .content(
                    new Content()
                        .addMediaType(
                            org.springframework.http.MediaType.APPLICATION_JSON_VALUE,
                            new MediaType()
                                .schema(new Schema<>().$ref("#/components/schemas/SavedRuleFile"))))
                .addHeaderObject(
                    ETAG, new Header().description("The new ETag").schema(new StringSchema()));
        op.getResponses().addApiResponse(status, saved);
      }
      return this;
    }

    Step noContent(String description) {
      if (op != null) {
        ApiResponses responses = op.getResponses();
        responses.remove("200");
        responses.addApiResponse("204", new ApiResponse().description(description));
      }
      return this;
    }
  }
}
