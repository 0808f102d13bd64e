package org.relapsecds.api.apidoc;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Completes the generated document in a fixed order: the rule-authoring endpoints, the problem
 * answers, the NDJSON batch, then which members are required or nullable (which needs the others
 * done). Every step works on whatever the controllers declared, so a new endpoint gets its problem
 * answers and 401/403 without repeating them.
 */
final class ApiContract implements OpenApiCustomizer {
  /**
   * The schema of each line of an NDJSON body, beside the body's own {@code type: string}: OpenAPI
   * 3.1 cannot say "a sequence of JSON documents" (3.2's {@code itemSchema} will).
   */
  static final String NDJSON_ITEM = "x-ndjson-item-schema";

  @Override
  public void customise(OpenAPI api) {
    if (api.getPaths() == null) {
      return;
    }
    RuleApiDocumentation.apply(api);
    ProblemAnswers.registerSchema(api);
    api.getPaths()
        .forEach(
            (path, item) ->
                item.readOperations()
                    .forEach(op -> ProblemAnswers.complete(path, op, secured(api, op))));
    describeBatch(api);
    MemberContract.apply(api);
  }

  private static boolean secured(OpenAPI api, Operation op) {
    List<?> security = op.getSecurity() != null ? op.getSecurity() : api.getSecurity();
    return security != null && !security.isEmpty();
  }

  private static void describeBatch(OpenAPI api) {
    var item = api.getPaths().get("/api/v1/evaluations/batch");
    Operation op = item == null ? null : item.getPost();
    if (op == null) {
      return;
    }
    ndjson(
        op.getRequestBody().getContent().get(ndjsonType()),
        "NDJSON: one EvaluationRequest per line; blank lines are skipped; each line up to 64 KB.",
        new Schema<>().$ref("#/components/schemas/EvaluationRequest"),
        false);
    ndjson(
        op.getResponses().get("200").getContent().get(ndjsonType()),
        "NDJSON: one line per non-blank input line, in input order: an EvaluationResponse, or a"
            + " Problem whose line member names the input line.",
        new Schema<>()
            .oneOf(
                List.of(
                    new Schema<>().$ref("#/components/schemas/EvaluationResponse"),
                    new Schema<>().$ref(ProblemAnswers.REF))),
        true);
  }

  private static void ndjson(MediaType media, String description, Schema<?> item, boolean stream) {
    if (media != null) {
      // an answer is a stream of lines, not one JSON value: binary, so a generated client hands
      // over the bytes instead of parsing them as one JSON string
      media.setSchema(
          stream
              ? new StringSchema().format("binary").description(description)
              : new StringSchema().description(description));
      media.setExtensions(Map.of(NDJSON_ITEM, item));
    }
  }

  private static String ndjsonType() {
    return org.springframework.http.MediaType.APPLICATION_NDJSON_VALUE;
  }
}
