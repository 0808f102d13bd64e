package org.relapsecds.api.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.relapsecds.api.it.ExecutableJarServer;

/**
 * The web UI in real headless Chromium against the real executable jar: sign-in, the case workbench
 * (example cases, scheme comparison, BFM grid, field errors), the rule studio (errors on their
 * lines, publish, history, roll back), and sign-out. One browser session for the class, in the
 * order an editor would work.
 */
@TestInstance(Lifecycle.PER_CLASS)
@TestMethodOrder(OrderAnnotation.class)
class WebUiIT {
  private ExecutableJarServer server;
  private Browser browser;

  @BeforeAll
  void startBrowser() {
    server = ExecutableJarServer.get();
    browser = new Browser(server.baseUrl());
  }

  @AfterAll
  void stopBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  @Order(1)
  void aVisitorWithoutSessionIsSentToSignInAndAWrongPasswordIsRefused() {
    browser.open("/");
    browser.await().until(ExpectedConditions.urlContains("/login.html"));
    browser.visible("#username").sendKeys(server.editorUser());
    browser.find("#password").sendKeys("not-the-password");
    browser.click("#login-button");

    assertThat(browser.visible("#login-message").getText())
        .isEqualTo("The user name or password is not correct.");
    assertThat(browser.currentPath()).startsWith("/login.html");
  }

  @Test
  @Order(2)
  void anEditorSignsInAndSeesTheWorkbenchWithTheRuleStudioInTheNavigation() {
    signIn();

    assertThat(browser.currentPath()).isIn("/", "/#/workbench");
    assertThat(browser.find("#session-user").getText()).contains("editor");
    assertThat(browser.visible(".app-nav a[data-route='studio']").getText())
        .isEqualTo("Rule studio");
    assertThat(browser.findAll(".example")).hasSizeGreaterThanOrEqualTo(8);
  }

  @ParameterizedTest(name = "{0}: BFM {1} {2}, UK {3}, COG {4}")
  @CsvSource({
    "very-early-marrow, VERY_EARLY, S4, high,         high,               ISOLATED_MARROW",
    "late-isolated-cns, LATE,       S1, standard,     pending MRD,        ISOLATED_EXTRAMEDULLARY",
    "late-t-marrow,     LATE,       S4, high,         high,               ISOLATED_MARROW",
    "late-marrow-mrd,   LATE,       S2, intermediate, low,                ISOLATED_MARROW",
  })
  @Order(3)
  void anExampleVignetteShowsTheSpecifiedGroupsAndHighlightsItsBfmCell(
      String example, String bfmTiming, String bfm, String uk, String cog, String site) {
    browser.open("/#/workbench");
    browser.click(".example[data-example='" + example + "']");
    browser.await().until(d -> resultFor(example));

    assertThat(browser.find("#risk-BFM-group").getText()).isEqualTo(bfm);
    assertThat(browser.find("#risk-UK_R3-group").getText()).isEqualTo(uk);
    assertThat(browser.find("#risk-COG-group").getText()).startsWith(cog);
    WebElement cell = browser.find("#bfm-grid td.is-case");
    assertThat(cell.getText()).startsWith(bfm);
    assertThat(cell.getAttribute("data-site")).isEqualTo(site);
    assertThat(cell.getAttribute("data-timing")).isEqualTo(bfmTiming);
    assertThat(browser.findAll("#bfm-grid td.is-case")).hasSize(1);
    assertThat(browser.find("#result-kb").getText()).startsWith("Knowledge base ");
  }

  @Test
  @Order(4)
  void theSchemesDivergingOnTransplantAreHighlightedWithTimelineAndScreenshot() {
    browser.open("/#/workbench");
    browser.click(".example[data-example='late-marrow-mrd']");
    browser.await().until(d -> resultFor("late-marrow-mrd"));

    WebElement hsctRow = browser.find("#scheme-table tr[data-row='hsct']");
    assertThat(hsctRow.getAttribute("class")).contains("diverges");
    assertThat(hsctRow.getText()).contains("schemes differ");
    assertThat(browser.find("#risk-UK_R3-hsct").getText()).contains("indicated");
    assertThat(browser.find("#risk-BFM-hsct").getText()).contains("not indicated");
    // DR 2018-07-10: after D0 + 18 months and after DEOT + 6 months, after D0 + 36 months.
    assertThat(
            browser
                .find("#timeline-facts li[data-cutoff='D0 + 18 months']")
                .getAttribute("data-side"))
        .isEqualTo("after");
    assertThat(
            browser
                .find("#timeline-facts li[data-cutoff='DEOT + 6 months']")
                .getAttribute("data-side"))
        .isEqualTo("after");
    assertThat(browser.findAll(".timeline-svg .tl-cutoff")).hasSize(3);
    assertThat(browser.findAll("#recommendations > li")).isNotEmpty();
    browser.click("#recommendations > li:first-child summary");
    assertThat(browser.visible("#recommendations > li:first-child .citations").getText())
        .isNotBlank();

    browser.screenshot("workbench", 2200);
  }

  @Test
  @Order(5)
  void aCaseTheServerRejectsShowsItsMessageAtTheOffendingField() {
    browser.open("/#/workbench");
    browser.click(".example[data-example='late-marrow-mrd']");
    browser.await().until(d -> resultFor("late-marrow-mrd"));
    // Relapse before diagnosis: only the server judges the order of the dates.
    browser.setValue("#f-relapse-date", "2014-06-10");
    browser.click("#evaluate-button");

    WebElement error = browser.visible("#err-relapse-date");
    assertThat(error.getText()).isNotBlank().doesNotContain("{").doesNotContain("\"");
    assertThat(browser.find("#f-relapse-date").getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(browser.visible("#error-summary").getText())
        .contains("The server did not accept the case")
        .contains("Date relapse diagnosed (DR)");
  }

  @Test
  @Order(6)
  void anImpossibleMarrowPercentageIsFlaggedBeforeAnythingIsSent() {
    browser.open("/#/workbench");
    browser.click(".example[data-example='late-t-marrow']");
    browser.await().until(d -> resultFor("late-t-marrow"));
    WebElement marrow = browser.find("#f-relapse-marrowBlastPercent");
    marrow.clear();
    marrow.sendKeys("150");
    browser.find("#f-relapse-number").click();

    assertThat(browser.visible("#err-relapse-marrowBlastPercent").getText())
        .isEqualTo("Enter a value from 0 to 100.");
  }

  @Test
  @Order(7)
  void aCdsHooksCardLinkOpensTheWorkbenchWithItsCaseEvaluated() throws Exception {
    String json;
    try (var in = getClass().getResourceAsStream("/org/relapsecds/api/contract-example.json")) {
      json = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    String link =
        org.relapsecds.api.cdshooks.cards.CardLinks.of(
                "", json.getBytes(java.nio.charset.StandardCharsets.UTF_8))
            .workbench();
    browser.open(link);
    browser.await().until(d -> !browser.findAll(".result-content").isEmpty());
    assertThat(browser.find("#risk-BFM-group").getText()).isEqualTo("S2");
    assertThat(browser.find("#risk-UK_R3-group").getText()).isEqualTo("intermediate");
    assertThat(browser.find("#risk-COG-group").getText()).startsWith("low");
    assertThat(browser.currentPath()).as("the case leaves the address bar").doesNotContain("case=");
  }

  @Test
  @Order(7)
  void theKnowledgeBrowserListsEveryRuleAndFindsThemBySource() {
    browser.open("/#/knowledge");
    browser.visible("#kb-list .kb-rule");
    Object kb = browser.fetchJson("/api/v1/knowledge-base");
    int ruleCount = ((Number) ((Map<?, ?>) kb).get("ruleCount")).intValue();
    assertThat(browser.findAll("#kb-list .kb-rule")).hasSize(ruleCount);

    browser.find("#kb-search").sendKeys("Parker2010");
    browser
        .await()
        .until(d -> d.findElements(By.cssSelector("#kb-list .kb-rule")).size() < ruleCount);
    assertThat(browser.findAll("#kb-list .kb-rule"))
        .isNotEmpty()
        .allSatisfy(rule -> assertThat(rule.getText()).contains("Parker2010"));
  }

  @Test
  @Order(8)
  void validatingABrokenRuleMarksTheErrorOnItsLine() {
    openStudioOn("site.drl");
    String broken =
        editorText()
            + "\n\nrule \"Browser test: a condition without its value\"\n"
            + "  @evidence(\"Buchmann2022\") @status(\"verified\")\n"
            + "when\n"
            + "  RelapseCase( marrowBlastPercent < )\n"
            + "then\n"
            + "end\n";
    int brokenLine = broken.lines().toList().indexOf("  RelapseCase( marrowBlastPercent < )") + 1;
    setEditorText(broken);
    browser.click("#studio-validate");

    WebElement problem = browser.visible("#studio-problems li.problem-error");
    assertThat(browser.find("#studio-status").getText()).startsWith("Not valid");
    assertThat(problem.getAttribute("data-line")).isEqualTo(String.valueOf(brokenLine));
    assertThat(
            browser.findAll(
                ".CodeMirror .problem-marker.problem-error[data-line='" + brokenLine + "']"))
        .hasSize(1);
    assertThat(browser.find(".CodeMirror .line-error").getText())
        .contains("marrowBlastPercent < )");
    browser.screenshot("rule-studio", 1400);
    browser.click("#studio-revert");
  }

  @Test
  @Order(9)
  void publishingAChangeShowsTheNewVersionAndHistoryAndRollingBackRestoresTheRules() {
    String before = activeVersion();
    openStudioOn("site.drl");
    setEditorText("// Reviewed in the browser test.\n" + editorText());
    browser.click("#studio-save");
    browser
        .await()
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("studio-status"), "saved"));

    browser.click("#tab-diff");
    assertThat(browser.visible("#panel-diff .diff-add").getText())
        .contains("Reviewed in the browser test");

    browser.click("#tab-publish");
    browser.visible("#publish-reason").sendKeys("Browser test: add a review note");
    browser.click("#publish-confirm");
    browser.click("#publish-button");
    WebElement outcome = browser.visibleWithin("#publish-result .notice", Duration.ofSeconds(180));
    assertThat(outcome.getAttribute("id")).as(outcome.getText()).isEqualTo("publish-success");
    String published = browser.find("#published-version").getAttribute("title");
    assertThat(published).isNotBlank().isNotEqualTo(before);
    assertThat(activeVersion()).isEqualTo(published);

    browser.click("#tab-history");
    WebElement latest = browser.visible("#history-table tbody tr");
    assertThat(latest.getText()).contains("Browser test: add a review note").contains("editor");

    WebElement rollBack = browser.visible("#history-table tbody tr button[data-commit]");
    browser.script("arguments[0].scrollIntoView({block: 'center'})", rollBack);
    rollBack.click();
    browser.visible("#rollback-reason").sendKeys("Browser test: undo the review note");
    browser.click("#rollback-confirm");
    // The confirmation names the version restored and the reason it was published with.
    org.openqa.selenium.Alert confirmation =
        browser.await().until(ExpectedConditions.alertIsPresent());
    assertThat(confirmation.getText()).startsWith("Roll back to knowledge base ");
    confirmation.accept();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(90))
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#history-table tbody tr"), "undo the review note"));
    assertThat(activeVersion()).isEqualTo(before);
    browser.screenshot("rule-studio-history", 1400);

    // Leave the server as the test found it: no draft left behind.
    browser.click("#tab-diff");
    browser.await().until(d -> !browser.find("#panel-diff").getText().startsWith("Loading"));
    if (!browser.findAll("#discard-draft").isEmpty()) {
      browser.click("#discard-draft");
      browser.driver().switchTo().alert().accept();
    }
    assertThat(browser.visible("#panel-diff .placeholder").getText()).startsWith("No draft");
  }

  @Test
  @Order(10)
  void theWorkbenchIsUsableWithinASecondOfLoading() {
    browser.open("/");
    browser.visible("body.ready");
    double readyMillis =
        ((Number) browser.script("return performance.getEntriesByName('cds-ready')[0].startTime"))
            .doubleValue();
    System.out.printf("Workbench usable %.0f ms after navigation start%n", readyMillis);
    assertThat(readyMillis).isLessThan(1000);
  }

  @Test
  @Order(11)
  void loggingOutEndsTheSessionAndSigningInAgainRestoresIt() {
    browser.open("/");
    browser.click("#logout-button");
    browser.await().until(ExpectedConditions.urlContains("/login.html?logout"));
    assertThat(browser.visible("#login-message").getText()).isEqualTo("You have signed out.");
    Object me = browser.fetchJson("/api/v1/me");
    assertThat(((Number) ((Map<?, ?>) me).get("status")).intValue()).isEqualTo(401);

    signIn();
    assertThat(browser.find("#session-user").getText()).contains("editor");
  }

  @Test
  @Order(13)
  void anExpiredSessionLeadsBackToSignInWithAnExplanation() {
    browser.open("/#/workbench");
    browser.visible("body.ready");
    browser.driver().manage().deleteCookieNamed("JSESSIONID");
    browser.click(".example[data-example='very-early-marrow']");

    browser.await().until(ExpectedConditions.urlContains("/login.html?expired"));
    assertThat(browser.visible("#login-message").getText()).contains("session has ended");
  }

  @Test
  @Order(12)
  void everythingCameFromTheServerItselfWithoutContentSecurityPolicyViolations() {
    assertThat(browser.consoleMessages())
        .noneMatch(m -> m.contains("Content Security Policy") || m.contains("Refused to"));
    browser.open("/#/studio");
    browser.visible(".CodeMirror");
    @SuppressWarnings("unchecked")
    java.util.List<String> resources =
        (java.util.List<String>)
            browser.script(
                "return performance.getEntriesByType('resource').map(e => e.name)"
                    + ".concat([location.href])");
    assertThat(resources)
        .isNotEmpty()
        .allMatch(url -> url.startsWith(server.baseUrl() + "/") || url.startsWith("data:"));
  }

  @Test
  @Order(14)
  void aClinicianEvaluatesCasesButSeesNoRuleEditing() {
    browser.driver().manage().deleteAllCookies();
    signInAs(ExecutableJarServer.CLINICIAN_USER, ExecutableJarServer.CLINICIAN_PASSWORD);
    assertThat(browser.find("#session-user").getText()).contains("clinician");
    assertThat(browser.findAll(".app-nav a[data-route='studio']"))
        .noneMatch(WebElement::isDisplayed);

    // Typing the studio's address says why there is nothing to edit (the API refuses edits anyway).
    browser.open("/#/studio");
    assertThat(browser.visible("#studio-denied").getText())
        .contains("The rule studio is for rule editors")
        .contains("clinician");
    assertThat(browser.findAll(".CodeMirror")).isEmpty();
    browser.open("/#/workbench");
    browser.click(".example[data-example='very-early-marrow']");
    browser.await().until(d -> resultFor("very-early-marrow"));
  }

  private void signIn() {
    signInAs(server.editorUser(), server.editorPassword());
  }

  private void signInAs(String user, String password) {
    browser.open("/login.html");
    browser.visible("#username").sendKeys(user);
    browser.find("#password").sendKeys(password);
    browser.click("#login-button");
    browser.visible("body.ready");
  }

  private boolean resultFor(String example) {
    return !browser.findAll(".result-content").isEmpty()
        && browser.find(".result-case").getText().contains("example-")
        && browser.find(".result-case").getText().contains(caseIdOf(example));
  }

  private static String caseIdOf(String example) {
    return switch (example) {
      case "very-early-marrow" -> "example-very-early-marrow";
      case "late-isolated-cns" -> "example-late-isolated-cns";
      case "late-t-marrow" -> "example-late-t-marrow";
      case "late-marrow-mrd" -> "example-late-marrow-mrd";
      default -> throw new IllegalArgumentException(example);
    };
  }

  private void openStudioOn(String file) {
    browser.open("/#/studio");
    // The studio opens its first file on arrival; pick ours once that has settled.
    browser
        .await()
        .until(d -> !browser.find("#studio-file-title").getText().equals("No file open"));
    browser.click("#studio-files button[data-file='" + file + "']");
    browser.await().until(ExpectedConditions.textToBe(By.id("studio-file-title"), file));
  }

  private String editorText() {
    return (String)
        browser.script("return document.querySelector('.CodeMirror').CodeMirror.getValue()");
  }

  private void setEditorText(String text) {
    browser.script("document.querySelector('.CodeMirror').CodeMirror.setValue(arguments[0])", text);
  }

  private String activeVersion() {
    return (String) ((Map<?, ?>) browser.fetchJson("/api/v1/knowledge-base")).get("version");
  }
}
