package org.relapsecds.api.apidoc;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.Map;
import java.util.TreeMap;

/**
 * Error answers in the document as the service sends them: every 4xx and 5xx response of every
 * operation is {@code application/problem+json} with the {@code Problem} schema ({@link
 * ProblemDocument}), so the controllers state only a status and what it means. Operations that need
 * credentials also list the 401 (and, under {@code /api/v1/} where roles apply, the 403) that the
 * security filter chain answers before any controller runs.
 */
@SuppressWarnings({"rawtypes", "unchecked"}) // swagger-core's model is raw-typed
final class ProblemAnswers {
  static final String SCHEMA = "Problem";
  static final String REF = "#/components/schemas/" + SCHEMA;
  static final String MEDIA_TYPE =
      org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

  private ProblemAnswers() {}

  /** Adds the Problem schema (and those it names) and removes Spring's {@code ProblemDetail}. */
  static void registerSchema(OpenAPI api) {
    Map<String, Schema> schemas =
        ModelConverters.getInstance(true).readAll(new AnnotatedType(ProblemDocument.class));
    schemas.forEach((name, schema) -> api.getComponents().addSchemas(name, schema));
    api.getComponents().getSchemas().remove("ProblemDetail");
  }

  /** Completes one operation's error responses. */
  static void complete(String path, Operation operation, boolean secured) {
    ApiResponses responses = operation.getResponses();
    if (secured) {
      responses.computeIfAbsent("401", code -> response("No or bad credentials"));
      if (path.startsWith("/api/v1/") && !path.equals("/api/v1/me")) {
        responses.computeIfAbsent("403", code -> response("The caller's role is not allowed"));
      }
    }
    Map<String, ApiResponse> sorted = new TreeMap<>(responses);
    responses.clear();
    sorted.forEach(
        (code, response) -> {
          if (isError(code)) {
            asProblem(response);
          }
          responses.addApiResponse(code, response);
        });
  }

  static ApiResponse response(String description) {
    return asProblem(new ApiResponse().description(description));
  }

  private static boolean isError(String code) {
    return code.startsWith("4") || code.startsWith("5");
  }

  private static ApiResponse asProblem(ApiResponse response) {
    MediaType problem = new MediaType().schema(new Schema<>().$ref(REF));
    if (response.getContent() != null) {
      // keep the examples a controller gave, whatever media type it filed them under
      response.getContent().values().stream()
          .filter(m -> m.getExamples() != null)
          .findFirst()
          .ifPresent(m -> problem.setExamples(m.getExamples()));
    }
    response.setContent(new Content().addMediaType(MEDIA_TYPE, problem));
    return response;
  }
}
