package org.relapsecds.rules.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.relapsecds.rules.model.RelapseCase;
import org.relapsecds.rules.model.Scheme;
import org.relapsecds.rules.reference.Expectation.Aspect;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the reference cases from {@code org/relapsecds/rules/reference/reference-cases.json} on the
 * classpath (a JSON array; each case has {@code id}, {@code title}, {@code source}, {@code facts}
 * and {@code expected}).
 *
 * <p>{@code facts} names the {@link RelapseCase.Builder} methods and their values ({@code
 * "marrowBlastPercent": 60}, dates as {@code "2015-01-10"}, lists as arrays), so a field added to
 * the case is usable here without touching this class. {@code expected} holds {@code site} and, per
 * scheme ({@code BFM}, {@code UK_R3}, {@code COG}), any of {@code timing}, {@code group}, {@code
 * groupPending} and {@code hsct}; an explicit null means the rules must derive nothing. Anything
 * else, an unknown value or a repeated id fails the load with a message naming it.
 */
public final class ReferenceCases {
  static final String RESOURCE = "org/relapsecds/rules/reference/reference-cases.json";

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Map<String, Aspect> ASPECTS =
      Map.of(
          "timing", Aspect.TIMING,
          "group", Aspect.GROUP,
          "groupPending", Aspect.GROUP_PENDING,
          "hsct", Aspect.HSCT);

  private ReferenceCases() {}

  /** The bundled reference cases, in file order. */
  public static List<ReferenceCase> load() {
    return Holder.CASES;
  }

  /** The bundled case with this id. */
  public static Optional<ReferenceCase> byId(String id) {
    return load().stream().filter(c -> c.id().equals(id)).findFirst();
  }

  private static final class Holder {
    static final List<ReferenceCase> CASES = read();
  }

  static List<ReferenceCase> read() {
    try (InputStream in = ReferenceCases.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the classpath");
      }
      return parse(JSON.readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<ReferenceCase> parse(JsonNode array) {
    List<ReferenceCase> cases = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (JsonNode node : array) {
      String id = text(node, "id", "a reference case");
      if (!ids.add(id)) {
        throw new IllegalStateException("reference case " + id + " is listed twice");
      }
      cases.add(
          new ReferenceCase(
              id,
              text(node, "title", id),
              text(node, "source", id),
              facts(id, node.path("facts")),
              expectations(id, node.path("expected"))));
    }
    return List.copyOf(cases);
  }

  private static String text(JsonNode node, String field, String where) {
    JsonNode value = node.get(field);
    if (value == null || !value.isString() || value.asString().isBlank()) {
      throw new IllegalStateException(where + ": \"" + field + "\" must be a non-empty string");
    }
    return value.asString();
  }

  private static RelapseCase facts(String id, JsonNode facts) {
    RelapseCase.Builder builder = RelapseCase.builder();
    for (Map.Entry<String, JsonNode> fact : facts.properties()) {
      Method setter = setter(id, fact.getKey());
      try {
        Object value =
            JSON.treeToValue(
                fact.getValue(),
                JSON.getTypeFactory().constructType(setter.getGenericParameterTypes()[0]));
        setter.invoke(builder, value);
      } catch (ReflectiveOperationException | RuntimeException e) {
        throw new IllegalStateException(
            id + ": fact \"" + fact.getKey() + "\" = " + fact.getValue() + " cannot be set", e);
      }
    }
    return builder.build();
  }

  /** The builder method of that name taking one value (a collection rather than an array). */
  private static Method setter(String id, String name) {
    Method found = null;
    for (Method m : RelapseCase.Builder.class.getMethods()) {
      if (m.getName().equals(name)
          && m.getParameterCount() == 1
          && !m.isVarArgs()
          && Modifier.isPublic(m.getModifiers())
          && m.getReturnType() == RelapseCase.Builder.class) {
        found = m;
      }
    }
    if (found == null) {
      throw new IllegalStateException(id + ": \"" + name + "\" is not a fact of a relapse case");
    }
    return found;
  }

  private static List<Expectation> expectations(String id, JsonNode expected) {
    List<Expectation> list = new ArrayList<>();
    for (Map.Entry<String, JsonNode> entry : expected.properties()) {
      String key = entry.getKey();
      if (key.equals("site")) {
        list.add(expectation(id, Aspect.SITE, null, entry.getValue()));
        continue;
      }
      Scheme scheme = scheme(id, key);
      for (Map.Entry<String, JsonNode> field : entry.getValue().properties()) {
        Aspect aspect = ASPECTS.get(field.getKey());
        if (aspect == null) {
          throw new IllegalStateException(
              id
                  + ": \""
                  + field.getKey()
                  + "\" under "
                  + key
                  + " is not one of "
                  + ASPECTS.keySet());
        }
        list.add(expectation(id, aspect, scheme, field.getValue()));
      }
    }
    if (list.isEmpty()) {
      throw new IllegalStateException(id + ": no expected outcome");
    }
    return list;
  }

  private static Expectation expectation(String id, Aspect aspect, Scheme scheme, JsonNode value) {
    try {
      return new Expectation(aspect, scheme, value.isNull() ? null : value.asString());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(id + ": " + e.getMessage(), e);
    }
  }

  private static Scheme scheme(String id, String key) {
    for (Scheme scheme : Scheme.values()) {
      if (scheme.name().equals(key)) {
        return scheme;
      }
    }
    throw new IllegalStateException(
        id + ": \"" + key + "\" is neither \"site\" nor a scheme (BFM, UK_R3, COG)");
  }
}
