package org.relapsecds.api.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.relapsecds.api.support.ApiTestSupport;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/** Calls of the CDS Hooks endpoints through MockMvc, as the allow-listed test client. */
abstract class CdsHooksTestSupport extends ApiTestSupport {
  static final String ASSESSMENT = "relapsed-all-assessment";
  static final String ORDER_CHECK = "relapsed-all-order-check";

  /** The URL MockMvc requests are made to, which the token's aud must name. */
  static String url(String path) {
    return "http://localhost" + path;
  }

  MvcResult call(String service, String body, String authorization) throws Exception {
    var request =
        post("/cds-services/" + service).contentType(MediaType.APPLICATION_JSON).content(body);
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return mvc.perform(request).andReturn();
  }

  MvcResult call(String service, String body) throws Exception {
    return call(service, body, CdsClientKeys.token(url("/cds-services/" + service)).bearer());
  }

  /** Keeps an answer under target/cds-hooks-example/ (docs/cds-hooks.md quotes them). */
  static MvcResult saved(String name, MvcResult result) throws Exception {
    java.nio.file.Path dir = java.nio.file.Path.of("target", "cds-hooks-example");
    java.nio.file.Files.createDirectories(dir);
    java.nio.file.Files.writeString(
        dir.resolve(name + ".json"),
        JSON.writerWithDefaultPrettyPrinter()
            .writeValueAsString(JSON.readTree(result.getResponse().getContentAsString())));
    return result;
  }

  /** The cards of a 200 answer, each checked against the specification's card rules. */
  List<JsonNode> cards(MvcResult result) throws Exception {
    assertThat(result.getResponse().getStatus())
        .as(result.getResponse().getContentAsString())
        .isEqualTo(200);
    JsonNode body = JSON.readTree(result.getResponse().getContentAsString());
    assertNoNullOrEmpty(body, "");
    List<JsonNode> cards = new ArrayList<>();
    body.get("cards").forEach(cards::add);
    for (JsonNode card : cards) {
      assertThat(card.get("uuid").asString()).matches("[0-9a-f-]{36}");
      assertThat(card.get("summary").asString().length()).isLessThan(140);
      assertThat(card.get("indicator").asString()).isIn("info", "warning", "critical");
      assertThat(card.get("source").get("label").asString()).isNotBlank();
      assertThat(card.get("detail").asString()).isNotBlank();
      assertThat(card.get("links").get(0).get("type").asString()).isEqualTo("absolute");
      assertThat(card.get("links").get(0).get("url").asString())
          .startsWith("http://localhost/#workbench/case=");
    }
    return cards;
  }

  /** CDS Hooks: no element is null, "", [] or {} (the top-level cards list may be empty). */
  static void assertNoNullOrEmpty(JsonNode node, String path) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        JsonNode v = e.getValue();
        String at = path + "." + e.getKey();
        assertThat(
                v.isNull()
                    || (v.isString() && v.asString().isEmpty())
                    || (v.isContainer() && v.isEmpty() && !at.equals(".cards")))
            .as("%s must not be null or empty", at)
            .isFalse();
        assertNoNullOrEmpty(v, at);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        assertNoNullOrEmpty(node.get(i), path + "[" + i + "]");
      }
    }
  }

  static String summaries(List<JsonNode> cards) {
    return String.join(
        "\n",
        cards.stream()
            .map(c -> c.get("indicator").asString() + ": " + c.get("summary").asString())
            .toList());
  }
}
