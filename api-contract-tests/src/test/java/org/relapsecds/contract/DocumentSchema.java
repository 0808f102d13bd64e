package org.relapsecds.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The served OpenAPI document, read as JSON, and a check of an answer against the schema the
 * document gives for its operation and status: members the schema requires are present, a null only
 * where the schema allows one, no member the schema does not declare, enum values among the listed
 * ones, JSON types as declared. What a generated client silently tolerates (a missing member, an
 * unexpected null) is a failure here.
 */
final class DocumentSchema {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final JsonNode document;

  DocumentSchema(Path file) throws IOException {
    this.document = JSON.readTree(file.toFile());
  }

  JsonNode document() {
    return document;
  }

  /** Number of operations in the document. */
  int operations() {
    int count = 0;
    for (JsonNode item : document.get("paths")) {
      for (Iterator<String> m = item.fieldNames(); m.hasNext(); ) {
        if (List.of("get", "put", "post", "delete", "patch").contains(m.next())) {
          count++;
        }
      }
    }
    return count;
  }

  /**
   * The operation serving a method and a concrete path, with its id; a literal path wins over a
   * template ({@code /api/v1/rules/draft} over {@code /api/v1/rules/{file}}), as in Spring.
   */
  Optional<Map.Entry<String, JsonNode>> operation(String method, String path) {
    List<Map.Entry<String, JsonNode>> items = new ArrayList<>();
    document.get("paths").fields().forEachRemaining(items::add);
    items.sort(
        java.util.Comparator.comparingLong(e -> e.getKey().chars().filter(c -> c == '{').count()));
    for (Map.Entry<String, JsonNode> item : items) {
      String pattern = item.getKey().replaceAll("\\{[^}]+}", "[^/]+");
      JsonNode op = item.getValue().get(method.toLowerCase(java.util.Locale.ROOT));
      if (op != null && path.matches(pattern)) {
        return Optional.of(Map.entry(op.get("operationId").asText(), op));
      }
    }
    return Optional.empty();
  }

  /**
   * What is wrong with an answer; empty when it conforms. An undocumented status or media type is
   * itself a finding.
   */
  List<String> check(JsonNode operation, int status, String contentType, JsonNode body) {
    List<String> findings = new ArrayList<>();
    JsonNode response = operation.path("responses").get(Integer.toString(status));
    if (response == null) {
      findings.add("status " + status + " is not documented");
      return findings;
    }
    String media = contentType.split(";")[0].trim();
    JsonNode content = response.path("content").get(media);
    if (body == null) {
      return findings;
    }
    if (content == null) {
      findings.add("media type " + media + " is not documented for " + status);
      return findings;
    }
    validate(body, content.get("schema"), "$", findings);
    return findings;
  }

  /** Checks a value against a schema of the document (used for NDJSON lines). */
  List<String> check(JsonNode value, JsonNode schema) {
    List<String> findings = new ArrayList<>();
    validate(value, schema, "$", findings);
    return findings;
  }

  private JsonNode resolve(JsonNode schema) {
    while (schema != null && schema.has("$ref")) {
      String ref = schema.get("$ref").asText();
      schema = document.at(ref.substring(1));
    }
    return schema;
  }

  private void validate(JsonNode value, JsonNode schema, String at, List<String> out) {
    schema = resolve(schema);
    if (schema == null || schema.isEmpty()) {
      return; // any value
    }
    for (String composition : List.of("oneOf", "anyOf")) {
      if (schema.has(composition)) {
        List<String> best = null;
        for (JsonNode branch : schema.get(composition)) {
          List<String> attempt = new ArrayList<>();
          validate(value, branch, at, attempt);
          if (best == null || attempt.size() < best.size()) {
            best = attempt;
          }
        }
        if (best != null) {
          out.addAll(best);
        }
        return;
      }
    }
    List<String> types = new ArrayList<>();
    JsonNode type = schema.get("type");
    if (type != null && type.isArray()) {
      type.forEach(t -> types.add(t.asText()));
    } else if (type != null) {
      types.add(type.asText());
    }
    if (value.isNull()) {
      if (!types.isEmpty() && !types.contains("null")) {
        out.add(at + " is null but the schema does not allow null");
      }
      return;
    }
    if (!types.isEmpty() && types.stream().noneMatch(t -> is(value, t))) {
      out.add(at + " is " + value.getNodeType() + ", the schema says " + types);
      return;
    }
    if (schema.has("enum")) {
      boolean listed = false;
      for (JsonNode allowed : schema.get("enum")) {
        listed |= allowed.equals(value);
      }
      if (!listed) {
        out.add(at + " = " + value + " is not among " + schema.get("enum"));
      }
    }
    if (value.isObject()) {
      object(value, schema, at, out);
    } else if (value.isArray() && schema.has("items")) {
      for (int i = 0; i < value.size(); i++) {
        validate(value.get(i), schema.get("items"), at + "[" + i + "]", out);
      }
    }
  }

  private void object(JsonNode value, JsonNode schema, String at, List<String> out) {
    JsonNode properties = schema.get("properties");
    for (JsonNode required : schema.path("required")) {
      if (!value.has(required.asText())) {
        out.add(at + "." + required.asText() + " is required but absent");
      }
    }
    JsonNode additional = schema.get("additionalProperties");
    for (Iterator<Map.Entry<String, JsonNode>> f = value.fields(); f.hasNext(); ) {
      Map.Entry<String, JsonNode> member = f.next();
      String path = at + "." + member.getKey();
      if (properties != null && properties.has(member.getKey())) {
        validate(member.getValue(), properties.get(member.getKey()), path, out);
      } else if (additional != null && additional.isObject()) {
        validate(member.getValue(), additional, path, out);
      } else if (properties != null && (additional == null || !additional.asBoolean(true))) {
        out.add(path + " is not declared in the schema");
      }
    }
  }

  private static boolean is(JsonNode value, String type) {
    return switch (type) {
      case "object" -> value.isObject();
      case "array" -> value.isArray();
      case "string" -> value.isTextual();
      case "integer" -> value.isIntegralNumber();
      case "number" -> value.isNumber();
      case "boolean" -> value.isBoolean();
      default -> false;
    };
  }
}
