package org.relapsecds.api.authoring;

import static org.relapsecds.api.support.CsrfCookie.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.relapsecds.api.knowledgebase.ActiveKnowledgeBase;
import org.relapsecds.authoring.lifecycle.RuleLifecycle;
import org.relapsecds.authoring.store.git.GitRuleRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * One Spring context for all authoring tests, on a rule repository in a temporary folder. Tests
 * share it, so each starts from "no pending draft" and leaves the folder clean.
 */
@SpringBootTest
@AutoConfigureMockMvc
abstract class AuthoringTestSupport {
  static final Path DATA = tempDir();

  /** The key a calling system (role SERVICE) evaluates with. */
  static final String API_KEY = "authoring-test-api-key";

  static final String HEADER =
      "package org.relapsecds.rules.kb;\n\nimport org.relapsecds.rules.model.*;\n\n";

  @Autowired MockMvc mvc;
  @Autowired GitRuleRepository repository;
  @Autowired ActiveKnowledgeBase active;
  @Autowired RuleLifecycle service;

  @DynamicPropertySource
  static void repositoryInTempDir(DynamicPropertyRegistry registry) {
    registry.add("cds.data-directory", DATA::toString);
    registry.add("cds.rules.repository", () -> DATA.resolve("rules").toString());
    registry.add("cds.security.bootstrap-editor-password", () -> "test-editor-password");
    registry.add("cds.security.bootstrap-api-key", () -> API_KEY);
    // a sample of the impact grid keeps the tests fast; the benchmark measures the full corpus
    registry.add("cds.rules.impact.max-grid-cases", () -> "1200");
  }

  private static Path tempDir() {
    try {
      Path dir = Files.createTempDirectory("relapse-cds-authoring-");
      dir.toFile().deleteOnExit();
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @BeforeEach
  void startWithoutDraft() throws Exception {
    mvc.perform(delete("/api/v1/rules/draft").with(editor()).with(csrf()));
  }

  static RequestPostProcessor editor() {
    return user("alice").roles("RULE_EDITOR");
  }

  static RequestPostProcessor secondEditor() {
    return user("bob").roles("RULE_EDITOR");
  }

  static RequestPostProcessor clinician() {
    return user("carol").roles("CLINICIAN");
  }

  static RequestPostProcessor service() {
    return SecurityMockMvcRequestPostProcessors.user("his").roles("SERVICE");
  }

  /** A safe, complete rule file that adds an information alert for relapses after HSCT. */
  static String alertRuleFile(String marker) {
    return HEADER
        + "// "
        + marker
        + "\nrule \"Test: relapse after HSCT is flagged ("
        + marker
        + ")\"\n"
        + "  @evidence(\"Reismuller2013\") @status(\"unverified\")\n"
        + "when\n"
        + "  RelapseCase( priorHsct, marrowBlastPercent >= 25 )\n"
        + "then\n"
        + "  insert(new Alert(AlertCode.CNS_NOT_COUNTED, Severity.INFO, \"test alert\"));\n"
        + "end\n";
  }

  String etag(String file) throws Exception {
    return mvc.perform(get("/api/v1/rules/" + file).with(editor()).accept(MediaType.TEXT_PLAIN))
        .andReturn()
        .getResponse()
        .getHeader("ETag");
  }
}
