package org.relapsecds.api.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.relapsecds.api.support.ApiTestSupport;
import org.relapsecds.api.ui.FieldsJs.Field;
import tools.jackson.databind.JsonNode;

/**
 * The web UI names no field the API does not have: every path of {@code fields.js} is a member of
 * the {@code EvaluationRequest} schema the app serves ({@code /v3/api-docs}), of a type its kind
 * can send, every option value is in the member's enum, every field the contract requires is in the
 * form and marked required there, and no other script quotes a case field that is not in {@code
 * fields.js}. Read as text, without a browser; each failure names the field.
 */
class WebUiFieldsContractTest extends ApiTestSupport {
  /** What JSON type the schema must allow for each kind of form field. */
  private static final Map<String, Set<String>> TYPES_BY_KIND =
      Map.of(
          "text", Set.of("string"),
          "date", Set.of("string"),
          "select", Set.of("string"),
          "number", Set.of("integer", "number"),
          "mrd", Set.of("number"),
          "checks", Set.of("array"),
          "checkbox", Set.of("boolean"),
          "tristate", Set.of("boolean"));

  /** A quoted case path in a script, e.g. {@code 'relapse.cd19'}. */
  private static final Pattern QUOTED_PATH =
      Pattern.compile(
          "['\"`]((?:patient|diagnosis|frontlineTherapy|relapse|response|history)\\.\\w+)['\"`]");

  private static final Pattern MODULE = Pattern.compile("(?:from |import\\()'\\./([\\w.-]+\\.js)'");

  private JsonNode document;
  private List<Field> fields;

  @BeforeEach
  void read() throws Exception {
    document =
        JSON.readTree(
            mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsByteArray());
    String source = FieldsJs.script("fields.js");
    fields = FieldsJs.fields(source);
    assertThat(fields)
        .as("fields.js: a field object for every path: member")
        .hasSize(FieldsJs.pathCount(source))
        .isNotEmpty()
        .allSatisfy(f -> assertThat(f.kind()).as("kind of %s", f.path()).isNotNull());
  }

  @Test
  void everyFieldIsAMemberOfTheContractOfATypeItsKindSends() {
    List<String> problems = new ArrayList<>();
    for (Field field : fields) {
      if (field.local()) {
        continue;
      }
      JsonNode member = member(field.path());
      if (member == null) {
        problems.add(field.path() + ": no such member in EvaluationRequest. " + membersNear(field));
        continue;
      }
      Set<String> allowed = TYPES_BY_KIND.get(field.kind());
      Set<String> types = types(member);
      if (allowed == null) {
        problems.add(field.path() + ": unknown kind '" + field.kind() + "'");
      } else if (types.stream().noneMatch(allowed::contains)) {
        problems.add(
            field.path()
                + ": kind "
                + field.kind()
                + " sends "
                + allowed
                + ", contract has "
                + types);
      }
      if (field.kind().equals("date") && !formats(member).contains("date")) {
        problems.add(field.path() + ": kind date, but the contract member is no date");
      }
    }
    assertThat(problems)
        .withFailMessage(message("fields.js names what the API lacks", problems))
        .isEmpty();
  }

  @Test
  void everyOptionValueIsInTheMembersEnum() {
    List<String> problems = new ArrayList<>();
    for (Field field : fields) {
      JsonNode member = field.local() ? null : member(field.path());
      if (member == null || field.options().isEmpty()) {
        continue;
      }
      Set<String> expected =
          field.kind().equals("tristate") ? Set.of("true", "false") : enumValues(member);
      for (String value : field.options()) {
        if (!value.isEmpty() && !expected.contains(value)) {
          problems.add(
              field.path() + ": option '" + value + "' is not among " + new TreeSet<>(expected));
        }
      }
    }
    assertThat(problems)
        .withFailMessage(message("fields.js offers values the API refuses", problems))
        .isEmpty();
  }

  @Test
  void everyRequiredMemberIsAFieldMarkedRequired() {
    Set<String> contractRequired = new TreeSet<>();
    Set<String> requiredAnywhere = new TreeSet<>();
    requiredLeaves(schema("EvaluationRequest"), "", true, contractRequired, requiredAnywhere);
    Set<String> formRequired =
        fields.stream().filter(Field::required).map(Field::path).collect(Collectors.toSet());
    Set<String> inForm =
        fields.stream().filter(f -> !f.local()).map(Field::path).collect(Collectors.toSet());
    List<String> problems = new ArrayList<>();
    for (String path : requiredAnywhere) {
      if (!inForm.contains(path)) {
        problems.add(path + ": the contract requires it, the form has no such field");
      } else if (contractRequired.contains(path) && !formRequired.contains(path)) {
        problems.add(path + ": the contract requires it, fields.js does not mark it required");
      }
    }
    for (String path : formRequired) {
      if (!contractRequired.contains(path)) {
        problems.add(path + ": fields.js marks it required, the contract does not");
      }
    }
    assertThat(contractRequired).as("required members found in the schema").isNotEmpty();
    assertThat(problems).withFailMessage(message("required fields differ", problems)).isEmpty();
  }

  @Test
  void noScriptQuotesACaseFieldThatFieldsJsLacks() {
    Set<String> known = fields.stream().map(Field::path).collect(Collectors.toSet());
    List<String> problems = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    Deque<String> pending = new ArrayDeque<>(List.of("app.js", "login.js"));
    while (!pending.isEmpty()) {
      String name = pending.pop();
      if (!seen.add(name)) {
        continue;
      }
      String source = FieldsJs.script(name);
      MODULE.matcher(source).results().forEach(m -> pending.push(m.group(1)));
      if (name.equals("fields.js")) {
        continue;
      }
      Matcher quoted = QUOTED_PATH.matcher(source);
      while (quoted.find()) {
        if (!known.contains(quoted.group(1))) {
          problems.add(name + ": '" + quoted.group(1) + "' is no field of fields.js");
        }
      }
    }
    assertThat(seen).as("scripts reached from app.js").contains("caseform.js", "workbench.js");
    assertThat(problems)
        .withFailMessage(message("a script guesses a field name", problems))
        .isEmpty();
  }

  // ----- the OpenAPI document -----

  private JsonNode schema(String name) {
    JsonNode schema = document.path("components").path("schemas").get(name);
    assertThat(schema).as("schema %s in /v3/api-docs", name).isNotNull();
    return schema;
  }

  /** The schema of a member at a path such as {@code relapse.cd19}, or null. */
  private JsonNode member(String path) {
    JsonNode at = schema("EvaluationRequest");
    for (String name : path.split("\\.")) {
      at = property(at, name);
      if (at == null) {
        return null;
      }
    }
    return at;
  }

  private String membersNear(Field field) {
    int dot = field.path().lastIndexOf('.');
    JsonNode parent =
        dot < 0 ? schema("EvaluationRequest") : member(field.path().substring(0, dot));
    return parent == null
        ? "Its parent is missing too."
        : "Members there: " + propertyNames(parent);
  }

  private JsonNode property(JsonNode schema, String name) {
    for (JsonNode s : branches(schema)) {
      JsonNode p = s.path("properties").get(name);
      if (p != null) {
        return p;
      }
    }
    return null;
  }

  private Set<String> propertyNames(JsonNode schema) {
    Set<String> names = new TreeSet<>();
    for (JsonNode s : branches(schema)) {
      names.addAll(s.path("properties").propertyNames());
    }
    return names;
  }

  /** The schema with its {@code $ref} followed, and the branches of its oneOf/anyOf/allOf. */
  private List<JsonNode> branches(JsonNode schema) {
    List<JsonNode> out = new ArrayList<>();
    JsonNode s = schema;
    while (s != null && s.has("$ref")) {
      s = document.at(s.get("$ref").asString().substring(1));
    }
    if (s == null) {
      return out;
    }
    out.add(s);
    for (String composition : List.of("oneOf", "anyOf", "allOf")) {
      for (JsonNode branch : s.path(composition)) {
        out.addAll(branches(branch));
      }
    }
    return out;
  }

  private Set<String> types(JsonNode schema) {
    Set<String> types = new TreeSet<>();
    for (JsonNode s : branches(schema)) {
      JsonNode type = s.get("type");
      if (type != null && type.isArray()) {
        type.forEach(t -> types.add(t.asString()));
      } else if (type != null) {
        types.add(type.asString());
      } else if (s.has("enum")) {
        types.add("string");
      }
    }
    return types;
  }

  private Set<String> formats(JsonNode schema) {
    return branches(schema).stream()
        .filter(s -> s.has("format"))
        .map(s -> s.get("format").asString())
        .collect(Collectors.toSet());
  }

  /** The enum values of a member, or of its items when it is an array. */
  private Set<String> enumValues(JsonNode schema) {
    Set<String> values = new TreeSet<>();
    for (JsonNode s : branches(schema)) {
      s.path("enum")
          .forEach(
              v -> {
                if (!v.isNull()) {
                  values.add(v.asString());
                }
              });
      if (s.has("items")) {
        values.addAll(enumValues(s.get("items")));
      }
    }
    return values;
  }

  /**
   * The required leaf members under a schema: {@code chain} those required all the way from the
   * request, {@code anywhere} also those required within an optional member.
   */
  private void requiredLeaves(
      JsonNode schema,
      String prefix,
      boolean chainRequired,
      Set<String> chain,
      Set<String> anywhere) {
    Set<String> required = new TreeSet<>();
    branches(schema).forEach(s -> s.path("required").forEach(r -> required.add(r.asString())));
    for (String name : propertyNames(schema)) {
      JsonNode member = property(schema, name);
      boolean isRequired = required.contains(name);
      if (!propertyNames(member).isEmpty()) {
        requiredLeaves(member, prefix + name + ".", chainRequired && isRequired, chain, anywhere);
      } else if (isRequired) {
        anywhere.add(prefix + name);
        if (chainRequired) {
          chain.add(prefix + name);
        }
      }
    }
  }

  private static String message(String what, List<String> problems) {
    return what + " (" + problems.size() + "):\n  " + String.join("\n  ", problems);
  }
}
