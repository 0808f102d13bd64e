package org.relapsecds.api.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.relapsecds.api.support.CsrfCookie.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.relapsecds.api.support.ApiTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The table "Who can do what" of docs/security.md against the running security configuration: every
 * row as anonymous, SERVICE, CLINICIAN and RULE_EDITOR; and every {@code /api/**} endpoint of the
 * service has a row.
 */
class AccessTableTest extends AuthoringTestSupport {
  private static final Path DOC = Path.of("..", "docs", "security.md");
  private static final Pattern ROW =
      Pattern.compile(
          "^\\| `(GET|POST|PUT|DELETE) (\\S+)` \\| ([✓✗]) \\| ([✓✗]) \\| ([✓✗]) \\| ([✓✗]) \\|$");
  private static final String[] CALLERS = {"anonymous", "SERVICE", "CLINICIAN", "RULE_EDITOR"};

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  record Row(HttpMethod method, String path, boolean[] allowed) {}

  static List<Row> rows() throws IOException {
    List<Row> rows = new ArrayList<>();
    boolean inSection = false;
    for (String line : Files.readAllLines(DOC, StandardCharsets.UTF_8)) {
      if (line.startsWith("## ")) {
        inSection = line.equals("## Who can do what");
      }
      Matcher m = ROW.matcher(line.strip());
      if (inSection && m.matches()) {
        boolean[] allowed = new boolean[4];
        for (int i = 0; i < 4; i++) {
          allowed[i] = m.group(3 + i).equals("✓");
        }
        rows.add(new Row(HttpMethod.valueOf(m.group(1)), m.group(2), allowed));
      }
    }
    return rows;
  }

  static Stream<Arguments> cells() throws IOException {
    List<Arguments> cells = new ArrayList<>();
    for (Row row : rows()) {
      for (int i = 0; i < 4; i++) {
        cells.add(Arguments.of(row.method(), row.path(), CALLERS[i], row.allowed()[i]));
      }
    }
    return cells.stream();
  }

  private MockHttpServletRequestBuilder call(HttpMethod method, String path, String caller) {
    String concrete = path.replace("{file}", "site.drl").replace("{id}", "no-such-decision");
    MockHttpServletRequestBuilder request =
        request(method, concrete).accept(MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN);
    if (concrete.equals("/api/v1/evaluations")) {
      request.contentType(MediaType.APPLICATION_JSON).content(ApiTestSupport.contractExample());
    } else if (concrete.equals("/api/v1/evaluations/batch")) {
      request
          .contentType(MediaType.APPLICATION_NDJSON)
          .content(ApiTestSupport.contractExample().replace("\n", "") + "\n");
    } else if (method == HttpMethod.PUT) {
      request.contentType(MediaType.TEXT_PLAIN).content("x");
    } else if (concrete.endsWith("/rollback")) {
      request
          .contentType(MediaType.APPLICATION_JSON)
          .content("{\"version\":\"ffffffffffff\",\"reason\":\"x\"}");
    } else if (method == HttpMethod.POST) {
      request.contentType(MediaType.APPLICATION_JSON).content("{}");
    }
    if (!caller.equals("anonymous")) {
      request.with(user("table-" + caller.toLowerCase()).roles(caller)).with(csrf());
    }
    return request;
  }

  @ParameterizedTest(name = "{0} {1} as {2}: allowed {3}")
  @MethodSource("cells")
  void theTableIsWhatTheServiceDoes(HttpMethod method, String path, String caller, boolean allowed)
      throws Exception {
    int status = mvc.perform(call(method, path, caller)).andReturn().getResponse().getStatus();

    if (allowed) {
      assertThat(status).isNotIn(401, 403).isLessThan(500);
    } else {
      assertThat(status).isEqualTo(caller.equals("anonymous") ? 401 : 403);
    }
  }

  @Test
  void everyApiEndpointHasARow() throws IOException {
    Set<String> documented = new TreeSet<>();
    for (Row row : rows()) {
      documented.add(row.method() + " " + row.path());
    }
    Set<String> served = new TreeSet<>();
    mappings
        .getHandlerMethods()
        .keySet()
        .forEach(
            info ->
                info.getPatternValues().stream()
                    .filter(p -> p.startsWith("/api/"))
                    .forEach(
                        p ->
                            info.getMethodsCondition()
                                .getMethods()
                                .forEach(m -> served.add(m + " " + p))));

    assertThat(documented).containsAll(served);
  }
}
