package org.relapsecds.api.apidoc;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Which members an answer always has and which may be null, stated in the document so a generated
 * client neither rejects a null nor treats a present member as optional.
 *
 * <ul>
 *   <li>Nullable: a property marked {@code @Schema(nullable = true)} (or listed by {@link
 *       RuleApiDocumentation}) becomes {@code type: [..., "null"]}, or {@code oneOf: [itself,
 *       {type: "null"}]} for a reference or an enum: OpenAPI 3.1 has no {@code nullable} keyword.
 *   <li>Required: the answers of the service's own API are Java records written with every member,
 *       nulls included, so every property of a schema that only answers use (not a request schema,
 *       not a CDS Hooks one, which leaves empty members out as the specification asks) is required.
 * </ul>
 */
@SuppressWarnings({"rawtypes", "unchecked"}) // swagger-core's model is raw-typed
final class MemberContract {
  private static final String PREFIX = "#/components/schemas/";

  private MemberContract() {}

  static void apply(OpenAPI api) {
    Map<String, Schema> schemas = api.getComponents().getSchemas();
    schemas.values().forEach(MemberContract::nullables);
    Set<String> answers = new HashSet<>();
    Set<String> others = new HashSet<>(Set.of(ProblemAnswers.SCHEMA));
    api.getPaths()
        .forEach(
            (path, item) ->
                item.readOperations()
                    .forEach(
                        op -> {
                          boolean hooks = path.startsWith("/cds-services");
                          if (op.getRequestBody() != null) {
                            refs(op.getRequestBody().getContent(), others::add);
                          }
                          answerRefs(op, hooks ? others::add : answers::add);
                        }));
    Set<String> own = closure(answers, schemas);
    own.removeAll(closure(others, schemas));
    for (String name : own) {
      Schema<?> schema = schemas.get(name);
      if (schema != null && schema.getProperties() != null && !schema.getProperties().isEmpty()) {
        schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
      }
    }
  }

  /**
   * Rewrites nullable properties into OpenAPI 3.1 form: {@code nullable: true} (springdoc leaves it
   * on references) and enums whose type already lists {@code null} (an enum must then list null as
   * a value too, which the document's serializer drops).
   */
  private static void nullables(Schema<?> schema) {
    if (schema.getProperties() == null) {
      return;
    }
    for (Map.Entry<String, Schema> e : schema.getProperties().entrySet()) {
      Schema property = e.getValue();
      boolean flagged = Boolean.TRUE.equals(property.getNullable());
      boolean typed = property.getTypes() != null && property.getTypes().contains("null");
      if (!flagged && !typed) {
        continue;
      }
      property.setNullable(null);
      if (property.get$ref() != null || property.getEnum() != null) {
        // one of itself or null: a reference cannot take a sibling type, an enum would have to
        // list null among its values
        if (typed) {
          Set<String> types = new LinkedHashSet<>(property.getTypes());
          types.remove("null");
          property.setTypes(types);
        }
        // the same model class as the property: swagger-core cannot write an OpenAPI 3.0 Schema
        // around a 3.1 JsonSchema (a reference to a record is one)
        boolean json31 = property instanceof io.swagger.v3.oas.models.media.JsonSchema;
        Schema wrapped = json31 ? new io.swagger.v3.oas.models.media.JsonSchema() : new Schema<>();
        Schema none = json31 ? new io.swagger.v3.oas.models.media.JsonSchema() : new Schema<>();
        wrapped.setDescription(property.getDescription());
        property.setDescription(null);
        // a fresh reference: swagger-core cannot write the one springdoc made inside a oneOf
        Schema itself =
            json31 && property.get$ref() != null
                ? new io.swagger.v3.oas.models.media.JsonSchema().$ref(property.get$ref())
                : property;
        wrapped.setOneOf(List.of(itself, none.types(Set.of("null"))));
        e.setValue(wrapped);
      } else if (!typed) {
        Set<String> types = new LinkedHashSet<>();
        if (property.getTypes() != null) {
          types.addAll(property.getTypes());
        } else if (property.getType() != null) {
          types.add(property.getType());
        }
        types.add("null");
        property.setTypes(types);
      }
    }
  }

  private static void answerRefs(Operation op, Consumer<String> sink) {
    op.getResponses()
        .forEach(
            (code, response) -> {
              if (code.startsWith("2")) {
                refs(response.getContent(), sink);
              }
            });
  }

  private static void refs(Content content, Consumer<String> sink) {
    if (content != null) {
      content.values().forEach(m -> walk(m.getSchema(), sink));
    }
  }

  private static Set<String> closure(Set<String> roots, Map<String, Schema> schemas) {
    Set<String> seen = new HashSet<>();
    Deque<String> todo = new ArrayDeque<>(roots);
    while (!todo.isEmpty()) {
      String name = todo.pop();
      if (seen.add(name) && schemas.get(name) != null) {
        walkChildren(schemas.get(name), todo::add);
      }
    }
    return seen;
  }

  private static void walk(Schema<?> schema, Consumer<String> sink) {
    if (schema == null) {
      return;
    }
    if (schema.get$ref() != null && schema.get$ref().startsWith(PREFIX)) {
      sink.accept(schema.get$ref().substring(PREFIX.length()));
    }
    walkChildren(schema, sink);
  }

  private static void walkChildren(Schema<?> schema, Consumer<String> sink) {
    if (schema.getProperties() != null) {
      schema.getProperties().values().forEach(p -> walk(p, sink));
    }
    walk(schema.getItems(), sink);
    if (schema.getAdditionalProperties() instanceof Schema<?> values) {
      walk(values, sink);
    }
    for (Collection<Schema> part : compositions(schema)) {
      part.forEach(p -> walk(p, sink));
    }
  }

  private static List<Collection<Schema>> compositions(Schema<?> schema) {
    List<Collection<Schema>> parts = new ArrayList<>();
    for (List<Schema> part : List.of(orEmpty(schema.getOneOf()), orEmpty(schema.getAnyOf()))) {
      parts.add(part);
    }
    parts.add(orEmpty(schema.getAllOf()));
    return parts;
  }

  private static List<Schema> orEmpty(List<Schema> list) {
    return list == null ? List.of() : list;
  }
}
