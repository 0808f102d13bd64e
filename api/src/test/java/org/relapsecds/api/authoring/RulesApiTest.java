package org.relapsecds.api.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.relapsecds.api.support.CsrfCookie.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

class RulesApiTest extends AuthoringTestSupport {

  private ResultActions putDraft(String file, String text, String ifMatch) throws Exception {
    var request =
        put("/api/v1/rules/" + file)
            .with(editor())
            .with(csrf())
            .contentType(MediaType.TEXT_PLAIN)
            .content(text);
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return mvc.perform(request);
  }

  private ResultActions create(String file, String text) throws Exception {
    return mvc.perform(
        put("/api/v1/rules/" + file)
            .with(editor())
            .with(csrf())
            .header("If-None-Match", "*")
            .contentType(MediaType.TEXT_PLAIN)
            .content(text));
  }

  private String draftCommit() throws Exception {
    String body =
        mvc.perform(get("/api/v1/rules/draft/impact").with(editor()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(body).contains("changedCases");
    return JsonPath.read(
        mvc.perform(get("/api/v1/rules/draft").with(editor()))
            .andReturn()
            .getResponse()
            .getContentAsString(),
        "$.draftCommit");
  }

  private ResultActions publish(String reason, String draftCommit) throws Exception {
    return mvc.perform(
        post("/api/v1/rules/publish")
            .with(editor())
            .with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content(
                "{\"reason\":\""
                    + reason
                    + "\""
                    + (draftCommit == null ? "" : ",\"draftCommit\":\"" + draftCommit + "\"")
                    + "}"));
  }

  /** Creates a new rule file in the draft and publishes it; returns the new version. */
  private String publishNewFile(String file, String marker) throws Exception {
    create(file, alertRuleFile(marker)).andExpect(status().isCreated());
    String body =
        publish("Add " + file, draftCommit())
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return JsonPath.read(body, "$.knowledgeBaseVersion");
  }

  @Test
  void theListShowsEachFileWithItsVersionAndDraftState() throws Exception {
    mvc.perform(get("/api/v1/rules").with(clinician()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.knowledgeBaseVersion").value(active.current().version()))
        .andExpect(jsonPath("$.files[?(@.file == 'site.drl')].draft").value(hasItem("UNCHANGED")))
        .andExpect(jsonPath("$.files[0].activeVersion").isString())
        .andExpect(jsonPath("$.draftPending").value(false));
  }

  @Test
  void theListSaysWhatANewFileNameMayBe() throws Exception {
    mvc.perform(get("/api/v1/rules").with(editor()))
        .andExpect(status().isOk())
        .andExpect(
            jsonPath("$.fileName.pattern")
                .value(org.relapsecds.rules.engine.RuleFileKind.NAME.pattern()))
        .andExpect(jsonPath("$.fileName.extensions").value(hasItem("drl")))
        .andExpect(jsonPath("$.fileName.maxLength").value(100));
  }

  @Test
  void aFileIsReadWithItsEtag() throws Exception {
    mvc.perform(get("/api/v1/rules/site.drl").with(clinician()))
        .andExpect(status().isOk())
        .andExpect(header().string("ETag", containsString("\"")))
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                .string(containsString("rule \"Marrow with fewer than 5 % blasts is M1\"")));
    mvc.perform(get("/api/v1/rules/missing.drl").with(clinician()))
        .andExpect(status().isNotFound())
        .andExpect(header().string("Content-Type", "application/problem+json"));
  }

  @Test
  void validationReportsCompileErrorsWithTheirLineAndSavesNothing() throws Exception {
    String draftBefore = repository.draft().commit();
    String broken =
        HEADER
            + "rule \"Broken\" @evidence(\"Tallen2010\") @status(\"verified\")\n"
            + "when\n  RelapseCase( marrowBlastPercent < )\nthen\nend\n";

    mvc.perform(
            post("/api/v1/rules/validate")
                .with(editor())
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"file\":\"site.drl\",\"text\":"
                        + tools.jackson.databind.json.JsonMapper.builder()
                            .build()
                            .writeValueAsString(broken)
                        + "}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.valid").value(false))
        .andExpect(jsonPath("$.errors[0].file").value("site.drl"))
        .andExpect(jsonPath("$.errors[0].line").value(7))
        .andExpect(jsonPath("$.errors[0].message").isNotEmpty())
        .andExpect(jsonPath("$.lint").isEmpty());

    assertThat(repository.draft().commit()).isEqualTo(draftBefore);
  }

  @Test
  void validationReportsLintFindingsAndDoesNotCompileUnsafeText() throws Exception {
    String unsafe = alertRuleFile("x").replace("then\n", "then\n  System.exit(0);\n");

    mvc.perform(
            post("/api/v1/rules/validate")
                .with(editor())
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"file\":\"extra.drl\",\"text\":"
                        + tools.jackson.databind.json.JsonMapper.builder()
                            .build()
                            .writeValueAsString(unsafe)
                        + "}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.valid").value(false))
        .andExpect(jsonPath("$.compiled").value(false))
        .andExpect(jsonPath("$.lint[0].file").value("extra.drl"))
        .andExpect(jsonPath("$.lint[0].line").value(11))
        .andExpect(jsonPath("$.lint[0].message").value(containsString("System")));
  }

  @Test
  void anEditWithoutIfMatchIsRefusedWith428() throws Exception {
    putDraft("site.drl", "x", null)
        .andExpect(status().isPreconditionRequired())
        .andExpect(header().string("Content-Type", "application/problem+json"));
    mvc.perform(delete("/api/v1/rules/site.drl").with(editor()).with(csrf()))
        .andExpect(status().isPreconditionRequired());
    assertThat(repository.hasPendingDraft()).isFalse();
  }

  @Test
  void theSecondOfTwoEditorsOnOneFileGets412AndNothingIsLost() throws Exception {
    String etag = etag("site.drl");
    String text = repository.draft().file("site.drl").orElseThrow().text();

    putDraft("site.drl", text + "\n// alice\n", etag).andExpect(status().isOk());
    String afterAlice = repository.draft().commit();
    mvc.perform(
            put("/api/v1/rules/site.drl")
                .with(secondEditor())
                .with(csrf())
                .header("If-Match", etag)
                .contentType(MediaType.TEXT_PLAIN)
                .content(text + "\n// bob\n"))
        .andExpect(status().isPreconditionFailed())
        .andExpect(jsonPath("$.currentEtag").isString());

    assertThat(repository.draft().commit()).isEqualTo(afterAlice);
    assertThat(repository.draft().file("site.drl").orElseThrow().text()).contains("// alice");
  }

  @Test
  void aFileIsCreatedWithIfNoneMatchAndDeletedWithIfMatch() throws Exception {
    create("created.drl", alertRuleFile("created"))
        .andExpect(status().isCreated())
        .andExpect(header().exists("ETag"));
    create("created.drl", alertRuleFile("again")).andExpect(status().isPreconditionFailed());
    mvc.perform(get("/api/v1/rules").with(editor()))
        .andExpect(jsonPath("$.files[?(@.file == 'created.drl')].draft").value(hasItem("ADDED")));

    mvc.perform(
            delete("/api/v1/rules/created.drl")
                .with(editor())
                .with(csrf())
                .header("If-Match", etag("created.drl")))
        .andExpect(status().isNoContent());
    mvc.perform(get("/api/v1/rules/created.drl").with(editor())).andExpect(status().isNotFound());
  }

  @Test
  void theDraftIsShownAsADiffAgainstTheActiveRules() throws Exception {
    String text = repository.draft().file("site.drl").orElseThrow().text();
    putDraft("site.drl", text.replace("< 5 )", "< 6 )"), etag("site.drl"))
        .andExpect(status().isOk());

    mvc.perform(get("/api/v1/rules/draft").with(clinician()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.pending").value(true))
        .andExpect(jsonPath("$.files[0].file").value("site.drl"))
        .andExpect(jsonPath("$.files[0].change").value("MODIFY"))
        .andExpect(
            jsonPath("$.files[0].patch")
                .value(containsString("+  RelapseCase( marrowBlastPercent < 6 )")));
  }

  @Test
  void theImpactListsChangedCasesFieldByField() throws Exception {
    String text = repository.draft().file("site.drl").orElseThrow().text();
    putDraft(
            "site.drl",
            text.replace("marrowBlastPercent < 5 )", "marrowBlastPercent < 2 )"),
            etag("site.drl"))
        .andExpect(status().isOk());

    mvc.perform(get("/api/v1/rules/draft/impact").with(editor()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.cases").value(greaterThan(1000)))
        .andExpect(jsonPath("$.changedCases").value(greaterThan(0)))
        .andExpect(jsonPath("$.changesByField.marrow").value(greaterThan(0)))
        .andExpect(jsonPath("$.changesByKind['marrow: M1 -> none']").value(greaterThan(0)))
        .andExpect(jsonPath("$.examples[0].changes[*].field").value(hasItem("marrow")))
        .andExpect(jsonPath("$.examples[*].caseId").value(hasItem(containsString("isolated-cns"))));
  }

  @Test
  void publishingNeedsTheConfirmedDraftThenSwitchesAndCommitsWithAuthorAndReason()
      throws Exception {
    String before = active.current().version();
    create("published.drl", alertRuleFile("published")).andExpect(status().isCreated());

    publish("Flag relapses after HSCT", null).andExpect(status().isConflict());
    publish("Flag relapses after HSCT", "0000000").andExpect(status().isConflict());
    assertThat(active.current().version()).isEqualTo(before);

    String body =
        publish("Flag relapses after HSCT", draftCommit())
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.previousVersion").value(before))
            .andExpect(jsonPath("$.impact.changedCases").value(greaterThan(0)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    String version = JsonPath.read(body, "$.knowledgeBaseVersion");

    assertThat(active.current().version()).isEqualTo(version).isNotEqualTo(before);
    assertThat(Files.exists(repository.directory().resolve("published.drl"))).isTrue();
    mvc.perform(get("/api/v1/rules/history").with(clinician()))
        .andExpect(jsonPath("$[0].author").value("alice"))
        .andExpect(jsonPath("$[0].reason").value("Flag relapses after HSCT"))
        .andExpect(jsonPath("$[0].action").value("publish"))
        .andExpect(jsonPath("$[0].knowledgeBaseVersion").value(version));
    mvc.perform(get("/api/v1/rules/history").param("file", "published.drl").with(clinician()))
        .andExpect(jsonPath("$[*].files[*]").value(hasItem("published.drl")));
    mvc.perform(get("/api/v1/audit").with(editor()))
        .andExpect(jsonPath("$[*].action").value(hasItem("rules.publish")))
        .andExpect(jsonPath("$[*].action").value(hasItem("rule.create")));
  }

  @Test
  void brokenDrlNeverActivatesAndTheRefusalListsEachPoint() throws Exception {
    String versionBefore = active.current().version();
    String headBefore = repository.active().commit();
    create(
            "broken.drl",
            HEADER
                + "rule \"Broken\" @evidence(\"Tallen2010\") @status(\"verified\")\n"
                + "when\n  RelapseCase( marrowBlastPercent < )\nthen\nend\n")
        .andExpect(status().isCreated());
    String draft = repository.draft().commit();

    publish("Try a broken rule", draft)
        .andExpect(status().isUnprocessableContent())
        .andExpect(header().string("Content-Type", "application/problem+json"))
        .andExpect(jsonPath("$.failures[0].step").value("compile"))
        .andExpect(jsonPath("$.failures[?(@.file == 'broken.drl')].line").value(hasItem(7)));

    assertThat(active.current().version()).isEqualTo(versionBefore);
    assertThat(repository.active().commit()).isEqualTo(headBefore);
    assertThat(repository.workingTreeIsClean()).isTrue();
    mvc.perform(get("/api/v1/audit").param("action", "rules.publish.refused").with(editor()))
        .andExpect(jsonPath("$[0].target").value(draft));
  }

  @Test
  void unsafeDrlNeverActivates() throws Exception {
    String versionBefore = active.current().version();
    String draftBefore = repository.draft().commit();
    create(
            "unsafe.drl",
            alertRuleFile("u").replace("then\n", "then\n  Runtime.getRuntime().halt(1);\n"))
        .andExpect(status().isUnprocessableContent())
        .andExpect(header().string("Content-Type", "application/problem+json"))
        .andExpect(jsonPath("$.failures[0].step").value("lint"))
        .andExpect(jsonPath("$.failures[0].line").value(11));

    assertThat(repository.draft().commit()).isEqualTo(draftBefore);
    assertThat(repository.hasPendingDraft()).isFalse();
    publish("Try an unsafe rule", draftBefore).andExpect(status().isConflict());
    assertThat(active.current().version()).isEqualTo(versionBefore);
  }

  @Test
  void rollbackRestoresAnEarlierVersionWithANewCommitThroughTheGate() throws Exception {
    String original = active.current().version();
    String published = publishNewFile("rollback.drl", "to be rolled back");
    assertThat(active.current().version()).isEqualTo(published);

    mvc.perform(
            post("/api/v1/rules/rollback")
                .with(editor())
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":\"" + original + "\",\"reason\":\"Undo the test rule\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.action").value("rollback"))
        .andExpect(jsonPath("$.knowledgeBaseVersion").value(original));

    assertThat(active.current().version()).isEqualTo(original);
    assertThat(Files.exists(repository.directory().resolve("rollback.drl"))).isFalse();
    mvc.perform(get("/api/v1/rules/history").with(editor()))
        .andExpect(jsonPath("$[0].action").value("rollback"))
        .andExpect(jsonPath("$[0].author").value("alice"));
    mvc.perform(
            post("/api/v1/rules/rollback")
                .with(editor())
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\":\"ffffffffffff\",\"reason\":\"nothing\"}"))
        .andExpect(status().isNotFound());
  }

  @Test
  void reloadPicksUpAnOutsideEditThroughTheGate() throws Exception {
    Path outside = repository.directory().resolve("outside.drl");
    Files.writeString(outside, alertRuleFile("edited with vim"));
    String before = active.current().version();

    mvc.perform(
            post("/api/v1/rules/reload")
                .with(editor())
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"reason\":\"Pick up the edit made with vim\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.action").value("reload"));

    assertThat(active.current().version()).isNotEqualTo(before);
    assertThat(active.current().sources()).anyMatch(s -> s.file().equals("outside.drl"));
    assertThat(repository.workingTreeIsClean()).isTrue();

    String afterReload = active.current().version();
    Files.writeString(outside, "rule \"no metadata\" when then end\n");
    mvc.perform(post("/api/v1/rules/reload").with(editor()).with(csrf()))
        .andExpect(status().isUnprocessableContent())
        .andExpect(jsonPath("$.failures[0].step").value("lint"));
    assertThat(active.current().version()).isEqualTo(afterReload);
    assertThat(Files.readString(outside)).contains("no metadata");

    Files.delete(outside);
    mvc.perform(post("/api/v1/rules/reload").with(editor()).with(csrf()))
        .andExpect(status().isOk());
    assertThat(active.current().sources()).noneMatch(s -> s.file().equals("outside.drl"));
  }

  @Test
  void aFailedLoginIsAuditedWithoutThePasswordAndWithoutUnknownNames() throws Exception {
    mvc.perform(get("/api/v1/rules").with(httpBasic("editor", "wrong-password")));
    mvc.perform(get("/api/v1/rules").with(httpBasic("my-secret-typed-as-name", "x")));

    mvc.perform(get("/api/v1/audit").param("action", "login.failed").with(editor()))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[0].actor").value("unknown user"))
        .andExpect(jsonPath("$[1].actor").value("editor"))
        .andExpect(jsonPath("$[1].detail").value(containsString("BadCredentials")))
        .andExpect(
            jsonPath("$[*].detail")
                .value(
                    org.hamcrest.Matchers.everyItem(
                        org.hamcrest.Matchers.not(containsString("wrong-password")))));
  }
}
