package org.relapsecds.api.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.relapsecds.api.support.ApiTestSupport;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestContextManager;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Thousands of random and mutated bodies: whatever a client sends, the answer is never a 5xx, and
 * every refusal is a problem document whose status matches the response.
 */
class EvaluationFuzzTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String EXAMPLE = ApiTestSupport.contractExample();
  private static MockMvc mvc;

  /** Borrows the shared Spring context (jqwik is not a Spring-aware engine). */
  static class SharedContext extends ApiTestSupport {
    MockMvc mockMvc() {
      return mvc;
    }
  }

  @BeforeContainer
  static void sharedContext() throws Exception {
    SharedContext holder = new SharedContext();
    new TestContextManager(SharedContext.class).prepareTestInstance(holder);
    mvc = holder.mockMvc();
  }

  @Property(tries = 2500)
  void aMutatedCaseIsNeverA5xxAndEveryRefusalIsAProblem(@ForAll("mutatedCases") String body)
      throws Exception {
    assertAnsweredWell(body.getBytes(StandardCharsets.UTF_8));
  }

  @Property(tries = 1000)
  void randomBytesAreNeverA5xx(@ForAll("randomBodies") byte[] body) throws Exception {
    assertAnsweredWell(body);
  }

  private static void assertAnsweredWell(byte[] body) throws Exception {
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

  @Provide
  Arbitrary<String> mutatedCases() {
    Arbitrary<List<Mutation>> mutations = mutation().list().ofMinSize(1).ofMaxSize(4);
    Arbitrary<String> mutated =
        mutations.map(
            list -> {
              ObjectNode tree = (ObjectNode) JSON.readTree(EXAMPLE);
              list.forEach(m -> m.apply(tree));
              return JSON.writeValueAsString(tree);
            });
    Arbitrary<String> truncated =
        Arbitraries.integers().between(0, EXAMPLE.length()).map(n -> EXAMPLE.substring(0, n));
    Arbitrary<String> spliced =
        Combinators.combine(
                Arbitraries.integers().between(0, EXAMPLE.length() - 1),
                Arbitraries.strings().ofMaxLength(6))
            .as((at, text) -> EXAMPLE.substring(0, at) + text + EXAMPLE.substring(at + 1));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, mutated),
        net.jqwik.api.Tuple.of(2, truncated),
        net.jqwik.api.Tuple.of(2, spliced));
  }

  @Provide
  Arbitrary<byte[]> randomBodies() {
    return Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
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

  private static Arbitrary<Mutation> mutation() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 1000),
            Arbitraries.integers().between(0, 2),
            jsonValue(),
            Arbitraries.of("caseId", "date", "sex", "mrd", "x", "number", "genetics", ""))
        .as(Mutation::new);
  }

  private static Arbitrary<JsonNode> jsonValue() {
    Arbitrary<JsonNode> scalars =
        Arbitraries.oneOf(
            Arbitraries.strings().ofMaxLength(20).map(NODES::stringNode),
            Arbitraries.of(
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
                .map(NODES::stringNode),
            Arbitraries.integers().map(NODES::numberNode),
            Arbitraries.longs().map(NODES::numberNode),
            Arbitraries.doubles().map(NODES::numberNode),
            Arbitraries.of(-1.0, 0.0, 1e-300, 1e300, 100.0, 100.0001, 1.0, 64.0)
                .map(NODES::numberNode),
            Arbitraries.of(true, false).map(NODES::booleanNode),
            Arbitraries.just(NODES.nullNode()));
    return Arbitraries.oneOf(
        scalars,
        scalars.list().ofMaxSize(3).map(l -> (JsonNode) NODES.arrayNode().addAll(l)),
        scalars.map(v -> (JsonNode) NODES.objectNode().set("k", v)));
  }
}
