package org.relapsecds.api.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.relapsecds.api.support.ApiTestSupport;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Thousands of random and mutated bodies: whatever a client sends, the answer is never a 5xx, and
 * every refusal is a problem document whose status matches the response. A failure names the
 * smallest body found and the seed; {@code -DQT_SEED=<seed>} replays it.
 */
class EvaluationFuzzTest extends ApiTestSupport {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String EXAMPLE = ApiTestSupport.contractExample();

  /** Each failing body is shrunk for at most this many steps (about 2 ms each). */
  private static QuickTheory tries(int examples) {
    return qt().withExamples(examples).withShrinkCycles(1_000);
  }

  @Test
  void aMutatedCaseIsNeverA5xxAndEveryRefusalIsAProblem() {
    tries(2500)
        .forAll(mutatedCases())
        .checkAssert(body -> answeredWell(body.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void randomBytesAreNeverA5xx() {
    tries(1000).forAll(randomBodies()).checkAssert(this::answeredWell);
  }

  /** Any exception escaping MockMvc (a request the error handling missed) falsifies too. */
  private void answeredWell(byte[] body) {
    try {
      assertAnsweredWell(body);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private void assertAnsweredWell(byte[] body) throws Exception {
    MockHttpServletResponse response =
        mvc.perform(
                post("/api/v1/evaluations")
                    .header("X-API-Key", ApiTestSupport.API_KEY)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body))
            .andReturn()
            .getResponse();
    int status = response.getStatus();
    assertThat(status).as(response.getContentAsString()).isLessThan(500);
    if (status != 200) {
      assertThat(response.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      JsonNode problem = JSON.readTree(response.getContentAsByteArray());
      assertThat(problem.path("status").asInt()).isEqualTo(status);
      if (status == 400) {
        assertThat(problem.path("errors").size()).isPositive();
        assertThat(problem.path("errors").get(0).path("field").isString()).isTrue();
      }
    }
  }

  static Gen<String> mutatedCases() {
    Gen<List<Mutation>> mutations = lists().of(mutation()).ofSizeBetween(1, 4);
    Gen<String> mutated =
        mutations.map(
            list -> {
              ObjectNode tree = (ObjectNode) JSON.readTree(EXAMPLE);
              list.forEach(m -> m.apply(tree));
              return JSON.writeValueAsString(tree);
            });
    Gen<String> truncated =
        integers().between(0, EXAMPLE.length()).map(n -> EXAMPLE.substring(0, n));
    Gen<String> spliced =
        integers()
            .between(0, EXAMPLE.length() - 1)
            .zip(
                anyText(6),
                (at, text) -> EXAMPLE.substring(0, at) + text + EXAMPLE.substring(at + 1));
    return Generate.frequency(Pair.of(6, mutated), Pair.of(2, truncated), Pair.of(2, spliced));
  }

  static Gen<byte[]> randomBodies() {
    return Generate.byteArrays(
        integers().between(0, 300), Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0));
  }

  /** Up to {@code maxLength} characters from anywhere in the Basic Multilingual Plane. */
  private static Gen<String> anyText(int maxLength) {
    return strings().basicMultilingualPlaneAlphabet().ofLengthBetween(0, maxLength);
  }

  /** Replaces, removes or adds one value somewhere in the case. */
  private record Mutation(int target, int kind, JsonNode value, String name) {
    void apply(ObjectNode root) {
      List<JsonNode> containers = new ArrayList<>();
      collect(root, containers);
      JsonNode container = containers.get(Math.floorMod(target, containers.size()));
      if (container instanceof ObjectNode object) {
        List<String> names = new ArrayList<>(object.propertyNames());
        String key = names.isEmpty() ? name : names.get(Math.floorMod(target, names.size()));
        switch (kind) {
          case 0 -> object.remove(key);
          case 1 -> object.set(name, value);
          default -> object.set(key, value);
        }
      } else if (container instanceof ArrayNode array) {
        if (kind == 0 && !array.isEmpty()) {
          array.remove(Math.floorMod(target, array.size()));
        } else {
          array.add(value);
        }
      }
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
      if (node.isContainer()) {
        containers.add(node);
        for (JsonNode child : node) {
          collect(child, containers);
        }
      }
    }
  }

  private static Gen<Mutation> mutation() {
    return integers()
        .between(0, 1000)
        .zip(
            integers().between(0, 2),
            jsonValue(),
            pick("caseId", "date", "sex", "mrd", "x", "number", "genetics", ""),
            Mutation::new);
  }

  private static Gen<String> pick(String... values) {
    return Generate.pick(List.of(values));
  }

  private static Gen<Double> pick(Double... values) {
    return Generate.pick(List.of(values));
  }

  private static Gen<JsonNode> jsonValue() {
    Gen<JsonNode> scalars =
        Generate.oneOf(
            anyText(20).map(v -> (JsonNode) NODES.stringNode(v)),
            pick(
                    "2018-07-10",
                    "2099-01-01",
                    "1900-02-29",
                    "2018-02-30",
                    "B_PRECURSOR",
                    "CNS3",
                    "POSITIVE",
                    "ETV6_RUNX1",
                    "",
                    "null",
                    "9999-12-31",
                    "-0001-01-01")
                .map(v -> (JsonNode) NODES.stringNode(v)),
            integers().all().map(v -> (JsonNode) NODES.numberNode(v)),
            longs().all().map(v -> (JsonNode) NODES.numberNode(v)),
            doubles().any().map(v -> (JsonNode) NODES.numberNode(v)),
            pick(-1.0, 0.0, 1e-300, 1e300, 100.0, 100.0001, 1.0, 64.0)
                .map(v -> (JsonNode) NODES.numberNode(v)),
            Generate.booleans().map(v -> (JsonNode) NODES.booleanNode(v)),
            Generate.constant((JsonNode) NODES.nullNode()));
    return Generate.oneOf(
        scalars,
        lists().of(scalars).ofSizeBetween(0, 3).map(l -> (JsonNode) NODES.arrayNode().addAll(l)),
        scalars.map(v -> (JsonNode) NODES.objectNode().set("k", v)));
  }
}
