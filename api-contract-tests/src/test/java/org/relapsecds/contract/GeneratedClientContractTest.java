package org.relapsecds.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.relapsecds.api.RelapseCdsApplication;
import org.relapsecds.client.ApiClient;
import org.relapsecds.client.ApiException;
import org.relapsecds.client.api.AuditApi;
import org.relapsecds.client.api.CdsHooksApi;
import org.relapsecds.client.api.DecisionsApi;
import org.relapsecds.client.api.EvaluationApi;
import org.relapsecds.client.api.KnowledgeBaseApi;
import org.relapsecds.client.api.RulesApi;
import org.relapsecds.client.api.SessionApi;
import org.relapsecds.client.model.Activation;
import org.relapsecds.client.model.Decision;
import org.relapsecds.client.model.DecisionPage;
import org.relapsecds.client.model.DecisionReplay;
import org.relapsecds.client.model.DiscoveryResponse;
import org.relapsecds.client.model.DraftView;
import org.relapsecds.client.model.EvaluationRequest;
import org.relapsecds.client.model.EvaluationResponse;
import org.relapsecds.client.model.FeedbackRequest;
import org.relapsecds.client.model.FileListing;
import org.relapsecds.client.model.HookRequest;
import org.relapsecds.client.model.HookResponse;
import org.relapsecds.client.model.Item;
import org.relapsecds.client.model.Problem;
import org.relapsecds.client.model.PublishRequest;
import org.relapsecds.client.model.ReloadRequest;
import org.relapsecds.client.model.RollbackRequest;
import org.relapsecds.client.model.SavedRuleFile;
import org.relapsecds.client.model.ServiceDescriptor;
import org.relapsecds.client.model.ValidationRequest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;

/**
 * A Java client generated in this build from the document the service serves (openapi-generator,
 * {@code java}/{@code native}) drives the real service on a random port through every operation of
 * the document, answers and problems alike. The client's mapper is strict (an undeclared member
 * fails the parse), and every answer is also checked against the document's schema for its
 * operation and status ({@link DocumentSchema}: required members, nulls only where nullable, no
 * undeclared member). At the end every operation of the document must have been called; the figures
 * go to {@code target/contract-report.txt}.
 */
@SpringBootTest(
    classes = RelapseCdsApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "server.address=127.0.0.1",
      "cds.data-directory=./target/contract-test/data",
      "cds.security.bootstrap-api-key=" + ContractClients.SERVICE_KEY,
      "cds.security.bootstrap-editor-password=" + ContractClients.EDITOR_PASSWORD,
      "cds.security.api-keys[0].name=contract-auditor",
      "cds.security.api-keys[0].hash=sha256:" + ContractClients.AUDITOR_KEY_SHA256,
      "cds.security.api-keys[0].roles=AUDITOR",
      "cds.hooks.clients[0].issuer=" + ContractClients.CDS_ISSUER,
      "cds.hooks.clients[0].jwks-uri=file:${user.dir}/target/contract-test/jwks.json",
      "cds.hooks.clients[0].name=Contract EHR"
    })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GeneratedClientContractTest {
  static final Path DOCUMENT = Path.of("target", "openapi.json");
  static final String ASSESSMENT = "relapsed-all-assessment";

  static {
    // a fresh data directory each run (a stale rule repository would not match the bundled rules)
    FileSystemUtils.deleteRecursively(Path.of("target", "contract-test", "data").toFile());
    // the CDS client's JWK Set must be on disk before the service reads its jwks-uri
    assertThat(ContractClients.JWKS).exists();
  }

  /** Answers parsed by the generated client: operation id and status. */
  static final List<String> PARSED = new ArrayList<>();

  static String decisionId;
  static String cardUuid;

  @LocalServerPort int port;

  private ApiClient service() {
    return ContractClients.withApiKey(port, ContractClients.SERVICE_KEY);
  }

  private ApiClient editor() {
    return ContractClients.editor(port);
  }

  private static void parsed(String operation, int status) {
    PARSED.add(operation + " " + status);
  }

  private static Problem refused(String operation, int status, ThrowingCall call) {
    ApiException e = catchThrowableOfType(ApiException.class, call::run);
    assertThat(e).as(operation + " should answer " + status).isNotNull();
    assertThat(e.getCode()).as(e.getResponseBody()).isEqualTo(status);
    Problem problem = ContractClients.problem(e);
    assertThat(problem.getStatus()).isEqualTo(status);
    assertThat(problem.getType().toString()).startsWith("urn:relapse-cds:problem:");
    assertThat(problem.getTitle()).isNotBlank();
    assertThat(problem.getDetail()).isNotBlank();
    assertThat(problem.getInstance()).startsWith("/");
    parsed(operation, status);
    return problem;
  }

  interface ThrowingCall {
    void run() throws Exception;
  }

  private static EvaluationRequest contractCase() throws IOException {
    return ContractClients.strictMapper()
        .readValue(
            Files.readString(Path.of("..", "benchmarks", "case.json")), EvaluationRequest.class);
  }

  @Test
  @Order(1)
  void evaluationKnowledgeBaseAndSession() throws Exception {
    EvaluationResponse outcome = new EvaluationApi(service()).evaluateCase(contractCase());
    parsed("evaluateCase", 200);
    assertThat(outcome.getCaseId()).isEqualTo("demo-001");
    assertThat(outcome.getRisk()).containsKeys("BFM", "UK_R3", "COG");
    assertThat(outcome.getRisk().get("UK_R3").getGroup().getValue()).isEqualTo("INTERMEDIATE");
    assertThat(outcome.getRisk().get("BFM").getGroupPending()).isNull();
    assertThat(outcome.getFiredRules()).isNotEmpty();
    decisionId = outcome.getDecisionId();
    assertThat(decisionId).isNotBlank();

    EvaluationRequest bad = contractCase();
    bad.getRelapse().setMarrowBlastPercent(135.0);
    bad.getRelapse().setDate(java.time.LocalDate.parse("2014-07-10"));
    Problem invalid =
        refused("evaluateCase", 400, () -> new EvaluationApi(service()).evaluateCase(bad));
    assertThat(invalid.getErrors())
        .extracting(e -> e.getField())
        .contains("relapse.marrowBlastPercent", "relapse.date");

    Problem anonymous =
        refused(
            "evaluateCase",
            401,
            () -> new EvaluationApi(ContractClients.anonymous(port)).evaluateCase(contractCase()));
    assertThat(anonymous.getType().toString()).isEqualTo("urn:relapse-cds:problem:unauthorized");

    assertThat(new KnowledgeBaseApi(service()).getKnowledgeBase().getRuleCount()).isPositive();
    parsed("getKnowledgeBase", 200);
    assertThat(new SessionApi(service()).currentCaller().getRoles()).contains("SERVICE");
    parsed("currentCaller", 200);
  }

  @Test
  @Order(2)
  void batchLinesAreOutcomesOrProblems() throws Exception {
    var mapper = ContractClients.strictMapper();
    String first = mapper.writeValueAsString(contractCase());
    String body = first + "\n{\"caseId\":\"b\",\"patient\":{\"birthDate\":\"2008-03-02\"}}\n";
    java.io.File answer = new EvaluationApi(service()).evaluateBatch(body);
    parsed("evaluateBatch", 200);
    String[] lines = Files.readString(answer.toPath()).split("\n");
    assertThat(lines).hasSize(2);
    JsonNode lineSchema =
        new DocumentSchema(DOCUMENT)
            .document()
            .at(
                "/paths/~1api~1v1~1evaluations~1batch/post/responses/200/content"
                    + "/application~1x-ndjson/x-ndjson-item-schema");
    DocumentSchema schema = new DocumentSchema(DOCUMENT);
    for (String line : lines) {
      assertThat(schema.check(mapper.readTree(line), lineSchema)).as(line).isEmpty();
    }
    assertThat(mapper.readValue(lines[0], EvaluationResponse.class).getCaseId())
        .isEqualTo("demo-001");
    Problem second = mapper.readValue(lines[1], Problem.class);
    assertThat(second.getLine()).isEqualTo(2);
    assertThat(second.getStatus()).isEqualTo(400);
    assertThat(second.getErrors()).extracting(e -> e.getField()).contains("diagnosis.date");
  }

  @Test
  @Order(3)
  void ruleEditsAreConditionalOnTheirEtag() throws Exception {
    refused("listRuleFiles", 403, () -> new RulesApi(service()).listRuleFiles());
    RulesApi rules = new RulesApi(editor());
    FileListing listing = rules.listRuleFiles();
    parsed("listRuleFiles", 200);
    String file = "notices.drl";
    assertThat(listing.getFiles()).extracting(f -> f.getFile()).contains(file);

    var read = rules.readRuleFileWithHttpInfo(file);
    parsed("readRuleFile", 200);
    String etag = read.getHeaders().get("etag").get(0);
    String text = read.getData();
    assertThat(text).contains("rule ");
    refused("readRuleFile", 404, () -> rules.readRuleFile("no-such-file.drl"));

    Problem stale =
        refused("saveRuleFile", 412, () -> rules.saveRuleFile(file, text + "\n", "\"0000\"", null));
    assertThat(stale.getCurrentEtag()).isEqualTo(etag.replace("\"", ""));
    Problem required =
        refused("saveRuleFile", 428, () -> rules.saveRuleFile(file, text + "\n", null, null));
    assertThat(required.getCurrentEtag()).isNull();
    String forbidden =
        text + "\nrule \"contract test: not allowed\"\nwhen\n  eval(true)\nthen\nend\n";
    Problem refusedByCheck =
        refused("saveRuleFile", 422, () -> rules.saveRuleFile(file, forbidden, etag, null));
    assertThat(refusedByCheck.getFailures()).isNotEmpty();
    assertThat(refusedByCheck.getFailures().get(0).getStep()).isEqualTo("lint");

    SavedRuleFile saved =
        rules.saveRuleFile(file, text + "\n// edited by the contract test\n", etag, null);
    parsed("saveRuleFile", 200);
    assertThat(saved.getFile()).isEqualTo(file);

    String created = "contract-scratch.drl";
    String scratch = "package org.relapsecds.rules.kb;\n";
    var made = rules.saveRuleFileWithHttpInfo(created, scratch, null, "*");
    assertThat(made.getStatusCode()).isEqualTo(201);
    parsed("saveRuleFile", 201);
    rules.deleteRuleFile(created, "\"" + made.getData().getEtag() + "\"");
    parsed("deleteRuleFile", 204);
    refused("deleteRuleFile", 412, () -> rules.deleteRuleFile("no-such-file.drl", "\"1\""));

    assertThat(rules.validateRuleFile(new ValidationRequest()._file(file).text(text)).getValid())
        .isTrue();
    parsed("validateRuleFile", 200);
    Problem missing =
        refused(
            "validateRuleFile",
            400,
            () -> rules.validateRuleFile(new ValidationRequest()._file(file)));
    assertThat(missing.getErrors()).extracting(e -> e.getField()).containsExactly("text");
  }

  @Test
  @Order(4)
  void theDraftIsReviewedPublishedAndRolledBack() throws Exception {
    RulesApi rules = new RulesApi(editor());
    DraftView draft = rules.readDraft();
    parsed("readDraft", 200);
    assertThat(draft.getPending()).isTrue();
    assertThat(rules.draftImpact().getCases()).isPositive();
    parsed("draftImpact", 200);
    Problem unconfirmed =
        refused(
            "publishDraft",
            409,
            () -> rules.publishDraft(new PublishRequest().reason("contract test")));
    assertThat(unconfirmed.getStatus()).isEqualTo(409);
    Activation published =
        rules.publishDraft(
            new PublishRequest().reason("contract test").draftCommit(draft.getDraftCommit()));
    parsed("publishDraft", 200);
    assertThat(published.getAction()).isEqualTo("publish");
    assertThat(rules.ruleHistory(null, 5)).isNotEmpty();
    parsed("ruleHistory", 200);

    refused(
        "rollbackRules",
        400,
        () -> rules.rollbackRules(new RollbackRequest().reason("contract test")));
    Activation rolledBack =
        rules.rollbackRules(
            new RollbackRequest()
                .version(published.getPreviousVersion())
                .reason("contract test: back"));
    parsed("rollbackRules", 200);
    assertThat(rolledBack.getKnowledgeBaseVersion()).isEqualTo(published.getPreviousVersion());
    assertThat(rolledBack.getImpact()).as("nullable: no impact on a rollback").isNull();

    try {
      Activation reloaded = rules.reloadRules(new ReloadRequest().reason("contract test"));
      parsed("reloadRules", 200);
      assertThat(reloaded.getKnowledgeBaseVersion()).isNotBlank();
    } catch (ApiException e) {
      Problem problem = ContractClients.problem(e);
      parsed("reloadRules", problem.getStatus());
    }
    rules.discardDraft();
    parsed("discardDraft", 204);
  }

  @Test
  @Order(5)
  void theDecisionLogAndTheAuditTrail() throws Exception {
    DecisionsApi decisions =
        new DecisionsApi(ContractClients.withApiKey(port, ContractClients.AUDITOR_KEY));
    DecisionPage page =
        decisions.searchDecisions("demo-001", null, null, null, null, null, "0", "5");
    parsed("searchDecisions", 200);
    assertThat(page.getItems()).extracting(s -> s.getDecisionId()).contains(decisionId);
    Problem badSize =
        refused(
            "searchDecisions",
            400,
            () -> decisions.searchDecisions(null, "yesterday", null, null, null, null, "0", "x"));
    assertThat(badSize.getErrors()).extracting(e -> e.getField()).contains("from", "size");
    refused(
        "searchDecisions",
        403,
        () ->
            new DecisionsApi(service())
                .searchDecisions(null, null, null, null, null, null, null, null));

    Decision decision = decisions.getDecision(decisionId);
    parsed("getDecision", 200);
    assertThat(decision.getCaseStored()).isTrue();
    assertThat(decision.getFacts()).isInstanceOf(Map.class);
    refused("getDecision", 404, () -> decisions.getDecision(UUID.randomUUID().toString()));
    DecisionReplay replay = decisions.replayDecision(decisionId);
    parsed("replayDecision", 200);
    assertThat(replay.getDecisionId()).isEqualTo(decisionId);

    assertThat(new AuditApi(editor()).listAuditEvents(20, null)).isNotEmpty();
    parsed("listAuditEvents", 200);
  }

  @Test
  @Order(6)
  void cdsHooksDiscoveryCallsAndFeedback() throws Exception {
    CdsHooksApi anonymous = new CdsHooksApi(ContractClients.anonymous(port));
    DiscoveryResponse discovery = anonymous.cdsDiscovery();
    parsed("cdsDiscovery", 200);
    ServiceDescriptor assessment =
        discovery.getServices().stream()
            .filter(s -> s.getId().equals(ASSESSMENT))
            .findFirst()
            .get();
    String url = "http://127.0.0.1:" + port + "/cds-services/" + ASSESSMENT;

    Map<String, Object> prefetch = new LinkedHashMap<>();
    assessment.getPrefetch().keySet().forEach(k -> prefetch.put(k, emptyBundle()));
    prefetch.put(
        "patient",
        Map.of(
            "resourceType", "Patient", "id", "pat-1", "gender", "male", "birthDate", "2008-03-02"));
    prefetch.put(
        "conditions",
        Map.of(
            "resourceType",
            "Bundle",
            "type",
            "searchset",
            "entry",
            List.of(
                Map.of(
                    "resource",
                    Map.of(
                        "resourceType",
                        "Condition",
                        "code",
                        Map.of(
                            "coding",
                            List.of(
                                Map.of("system", "http://snomed.info/sct", "code", "277571004"))),
                        "onsetDateTime",
                        "2015-01-10")))));
    prefetch.put(
        "diseaseStatus",
        bundle(
            Map.of(
                "resourceType",
                "Observation",
                "status",
                "final",
                "code",
                Map.of("coding", List.of(Map.of("system", "http://loinc.org", "code", "97509-4"))),
                "valueCodeableConcept",
                Map.of(
                    "coding",
                    List.of(Map.of("system", "http://snomed.info/sct", "code", "271299001"))),
                "effectiveDateTime",
                "2018-07-10")));
    HookResponse cards =
        anonymous.callCdsService(
            ASSESSMENT, call(prefetch), Map.of("Authorization", ContractClients.bearer(url)));
    parsed("callCdsService", 200);
    assertThat(cards.getCards()).isNotEmpty();
    cardUuid = cards.getCards().get(0).getUuid();

    Map<String, Object> partial = new LinkedHashMap<>(prefetch);
    partial.remove("conditions");
    Problem unavailable =
        refused(
            "callCdsService",
            412,
            () ->
                anonymous.callCdsService(
                    ASSESSMENT,
                    call(partial),
                    Map.of("Authorization", ContractClients.bearer(url))));
    assertThat(unavailable.getOperationOutcome()).containsEntry("resourceType", "OperationOutcome");
    Problem noToken =
        refused("callCdsService", 401, () -> anonymous.callCdsService(ASSESSMENT, call(prefetch)));
    assertThat(noToken.getOperationOutcome()).isNotEmpty();
    refused(
        "callCdsService",
        404,
        () ->
            anonymous.callCdsService(
                "no-such-service",
                call(prefetch),
                Map.of("Authorization", ContractClients.bearer(url))));

    String feedbackUrl = url + "/feedback";
    anonymous.cdsFeedback(
        ASSESSMENT,
        accepted(cardUuid),
        Map.of("Authorization", ContractClients.bearer(feedbackUrl)));
    parsed("cdsFeedback", 200);
    Problem unknownCard =
        refused(
            "cdsFeedback",
            400,
            () ->
                anonymous.cdsFeedback(
                    ASSESSMENT,
                    accepted(UUID.randomUUID().toString()),
                    Map.of("Authorization", ContractClients.bearer(feedbackUrl))));
    assertThat(unknownCard.getErrors()).isNotEmpty();

    assertThat(new CdsHooksApi(editor()).cdsFeedbackPerRule().getRules()).isNotNull();
    parsed("cdsFeedbackPerRule", 200);
  }

  private static FeedbackRequest accepted(String card) {
    return new FeedbackRequest()
        .feedback(
            List.of(
                new Item()
                    .card(card)
                    .outcome("accepted")
                    .outcomeTimestamp(java.time.Instant.now().toString())));
  }

  private static Map<String, Object> bundle(Map<String, Object> resource) {
    return Map.of(
        "resourceType",
        "Bundle",
        "type",
        "searchset",
        "entry",
        List.of(Map.of("resource", resource)));
  }

  private static Map<String, Object> emptyBundle() {
    return Map.of("resourceType", "Bundle", "type", "searchset", "total", 0);
  }

  private static HookRequest call(Map<String, Object> prefetch) {
    return new HookRequest()
        .hook("patient-view")
        .hookInstance(UUID.randomUUID().toString())
        .context(Map.of("userId", "Practitioner/example", "patientId", "pat-1"))
        .prefetch(prefetch);
  }

  /**
   * Every answer on the wire conforms to the document, and every operation of the document was
   * called through the generated client.
   */
  @AfterAll
  static void everyAnswerConformsAndEveryOperationWasCalled() throws IOException {
    DocumentSchema schema = new DocumentSchema(DOCUMENT);
    var mapper = ContractClients.strictMapper();
    List<String> findings = new ArrayList<>();
    Set<String> called = new TreeSet<>();
    int checked = 0;
    for (RecordingHttpClient.Exchange x : ContractClients.WIRE.exchanges()) {
      var op = schema.operation(x.method(), x.uri().getPath());
      if (op.isEmpty()) {
        findings.add(x.method() + " " + x.uri().getPath() + ": not in the document");
        continue;
      }
      called.add(op.get().getKey());
      JsonNode body =
          x.body().length == 0
                  || !x.contentType().contains("json")
                  || x.contentType().contains("ndjson")
              ? null
              : mapper.readTree(new String(x.body(), StandardCharsets.UTF_8));
      for (String f : schema.check(op.get().getValue(), x.status(), x.contentType(), body)) {
        findings.add(op.get().getKey() + " " + x.status() + ": " + f);
      }
      checked++;
    }
    Set<String> documented = new TreeSet<>();
    schema
        .document()
        .get("paths")
        .forEach(item -> item.forEach(op -> documented.add(op.path("operationId").asText())));
    documented.remove("");
    Set<String> notCalled = new TreeSet<>(documented);
    notCalled.removeAll(called);
    String report =
        "operations in the document: "
            + schema.operations()
            + "\nanswers on the wire checked against the document: "
            + checked
            + "\nanswers parsed by the generated client (single and batch): "
            + PARSED.size()
            + "\ndistinct operation/status pairs parsed: "
            + new TreeSet<>(PARSED).size()
            + "\nschema findings: "
            + findings.size()
            + "\noperations not called: "
            + notCalled
            + "\n\n"
            + String.join("\n", new TreeSet<>(PARSED))
            + "\n\nfindings:\n"
            + String.join("\n", findings)
            + "\n";
    Files.writeString(Path.of("target", "contract-report.txt"), report);
    assertThat(findings).as(report).isEmpty();
    assertThat(notCalled).as("operations of the document no test calls").isEmpty();
  }
}
