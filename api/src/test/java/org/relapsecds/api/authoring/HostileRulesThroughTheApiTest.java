package org.relapsecds.api.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.relapsecds.api.support.CsrfCookie.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.relapsecds.authoring.check.HostileCorpus;
import org.relapsecds.authoring.check.HostileCorpus.Hostile;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hostile corpus through the service: validate refuses each with its line, saving it is
 * refused, an outside edit with it is refused by reload, and nothing of it becomes active; the
 * service keeps evaluating. Random DRL-like text never gets a 5xx from validate.
 */
class HostileRulesThroughTheApiTest extends AuthoringTestSupport {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private MockHttpServletResponse validate(String text) throws Exception {
    return mvc.perform(
            post("/api/v1/rules/validate")
                .with(editor())
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    JSON.writeValueAsString(java.util.Map.of("file", "hostile.drl", "text", text))))
        .andReturn()
        .getResponse();
  }

  @Test
  void everyHostileRuleIsRefusedByValidateSaveAndReloadAndNoneBecomesActive() throws Exception {
    List<Hostile> corpus = HostileCorpus.load();
    String versionBefore = active.current().version();
    String headBefore = repository.active().commit();
    Path outside = repository.directory().resolve("hostile.drl");

    for (Hostile hostile : corpus) {
      MockHttpServletResponse validation = validate(hostile.text());
      assertThat(validation.getStatus()).as(hostile.file()).isEqualTo(200);
      JsonNode body = JSON.readTree(validation.getContentAsString());
      assertThat(body.get("valid").asBoolean()).as(hostile.file()).isFalse();
      assertThat(body.get("compiled").asBoolean()).as(hostile.file()).isFalse();
      assertThat(body.get("lint").get(0).get("line").asInt()).as(hostile.file()).isPositive();

      int saved =
          mvc.perform(
                  put("/api/v1/rules/hostile.drl")
                      .with(editor())
                      .with(csrf())
                      .header("If-None-Match", "*")
                      .contentType(MediaType.TEXT_PLAIN)
                      .content(hostile.text()))
              .andReturn()
              .getResponse()
              .getStatus();
      assertThat(saved).as(hostile.file()).isEqualTo(422);
    }
    for (Hostile hostile : corpus.subList(0, 12)) {
      Files.writeString(outside, hostile.text());
      int reloaded =
          mvc.perform(post("/api/v1/rules/reload").with(editor()).with(csrf()))
              .andReturn()
              .getResponse()
              .getStatus();
      assertThat(reloaded).as(hostile.file()).isEqualTo(422);
    }
    Files.delete(outside);

    assertThat(active.current().version()).isEqualTo(versionBefore);
    assertThat(repository.active().commit()).isEqualTo(headBefore);
    assertThat(repository.hasPendingDraft()).isFalse();
    int evaluated =
        mvc.perform(
                post("/api/v1/evaluations")
                    .header("X-API-Key", API_KEY)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(Files.readString(Path.of("../benchmarks/case.json"))))
            .andReturn()
            .getResponse()
            .getStatus();
    assertThat(evaluated).isEqualTo(200);
  }

  @Test
  void randomDrlLikeTextNeverGetsA5xxFromValidate() {
    List<String> fragments =
        List.of(
            HEADER,
            "rule \"r\" ",
            "@evidence(\"Tallen2010\") @status(\"verified\")\n",
            "when\n",
            "then\n",
            "end\n",
            "$c : RelapseCase( ",
            "marrowBlastPercent < 5",
            " )\n",
            "( ",
            ") ",
            "{ ",
            "} ",
            "insert(new MarrowStatus(MarrowGrade.M1));\n",
            "Runtime.getRuntime();\n",
            "\"",
            "\\u0022",
            "\u0000",
            "\u202e",
            "from accumulate( ",
            "eval( ",
            "salience -50 ",
            "modify($c) { }",
            "\n",
            "(".repeat(40));
    qt().withExamples(60)
        .forAll(
            lists()
                .of(integers().between(0, fragments.size() - 1))
                .ofSizeBetween(0, 60)
                .map(is -> String.join("", is.stream().map(fragments::get).toList())))
        .checkAssert(
            text -> {
              try {
                MockHttpServletResponse r = validate(text);
                assertThat(r.getStatus()).as(text).isLessThan(500);
                assertThat(r.getContentAsString()).doesNotContain("Exception");
              } catch (Exception e) {
                throw new AssertionError(e);
              }
            });
  }
}
