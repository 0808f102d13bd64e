package org.relapsecds.api.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.relapsecds.api.it.ExecutableJarServer;

/**
 * The web UI as used every day, with its quality gates: axe-core finds no violation on the sign-in
 * page, the workbench with a result, the knowledge browser and the studio (diff, impact, history,
 * rollback form), colour contrast holds on hover and focus too; the printed summary is exactly one
 * A4 page and nothing is cut at the edge; the fired-rule trace and the impact diff fit their
 * panels; the studio's tabs are in view at 1280 x 800 and Enter keeps the indentation; the gate's
 * refusal names the scenario, what was expected and what the rules gave.
 */
@TestInstance(Lifecycle.PER_CLASS)
@TestMethodOrder(OrderAnnotation.class)
class WebUiQualityIT {
  private static final String SUMMARY_END = "The full report with rationale";

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
  void theSignInPageHasNoAccessibilityViolation() {
    browser.open("/login.html");
    browser.visible("#username");
    assertThat(AxeScan.violations(browser)).isEmpty();
    assertThat(contrastInStates("#login-button", "#username")).isEmpty();
  }

  @Test
  @Order(2)
  void theWorkbenchWithAResultHasNoAccessibilityViolationAndItsTraceFitsTheCard() {
    signIn();
    evaluate("late-marrow-mrd");
    browser.click(".fired-section > summary");
    browser.visible("#fired-rules li");
    browser.click("#recommendations > li:first-child summary");

    assertThat(AxeScan.violations(browser)).isEmpty();
    assertThat(
            contrastInStates(
                ".example",
                "#evaluate-button",
                "#clear-button",
                ".result-head .button",
                "#recommendations summary",
                ".fired-section > summary",
                ".app-nav a",
                "#logout-button"))
        .isEmpty();
    // Nothing wider than the card, nor the page wider than the window.
    assertThat(
            (Boolean)
                browser.script(
                    "const card = document.getElementById('result').getBoundingClientRect();"
                        + " return [...document.querySelectorAll('#result *')].every(e => e.getBoundingClientRect().right <= card.right + 1);"))
        .isTrue();
    assertThat(((Number) browser.script("return document.documentElement.scrollWidth")).intValue())
        .isLessThanOrEqualTo(1280);
    String trace = browser.find("#fired-rules").getText();
    assertThat(trace)
        .contains("HSCT in CR2 under UK ALL R3: indicated")
        .doesNotContain("[code=")
        .doesNotContain("HsctIndication[");
  }

  @Test
  @Order(3)
  void thePrintedSummaryIsExactlyOneA4PageAndTheFullReportFollowsUncut() throws IOException {
    evaluate("late-marrow-mrd");
    // What the browser's print command does before printing (printToPDF alone fires no event).
    browser.script("window.dispatchEvent(new Event('beforeprint'))");
    PrintOptions options = new PrintOptions();
    options.setPageSize(new PageSize(29.7, 21.0));
    options.setBackground(true);
    byte[] pdf = Base64.getDecoder().decode(browser.driver().print(options).getContent());
    browser.script("window.dispatchEvent(new Event('afterprint'))");

    try (PDDocument document = Loader.loadPDF(pdf)) {
      int pages = document.getNumberOfPages();
      System.out.printf("Printed result: %d A4 pages, the summary on page 1%n", pages);
      assertThat(pages).isGreaterThanOrEqualTo(2);
      PDRectangle size = document.getPage(0).getMediaBox();
      assertThat(size.getWidth()).isCloseTo(595f, org.assertj.core.data.Offset.offset(3f));
      assertThat(size.getHeight()).isCloseTo(842f, org.assertj.core.data.Offset.offset(3f));
      String first = text(document, 1).toLowerCase(java.util.Locale.ROOT);
      assertThat(first)
          .contains("summary")
          .contains("case as entered")
          .contains("uk all r3")
          .contains("hsct in cr2")
          .contains("recommendations")
          .contains("safety alerts")
          .contains("missing data")
          .contains("knowledge base")
          .contains("not a treatment order")
          .contains(SUMMARY_END.toLowerCase(java.util.Locale.ROOT));
      String second = text(document, 2).toLowerCase(java.util.Locale.ROOT);
      assertThat(second)
          .doesNotContain(SUMMARY_END.toLowerCase(java.util.Locale.ROOT))
          .doesNotContain("case as entered")
          .contains("timeline");
    }

    // Nothing cut at the edge: in the print layout at the A4 text width, no element of the result
    // reaches beyond the page.
    Dimension original = browser.driver().manage().window().getSize();
    try {
      browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
      browser.driver().manage().window().setSize(new Dimension(703, 1000));
      browser.script("window.dispatchEvent(new Event('beforeprint'))");
      @SuppressWarnings("unchecked")
      List<String> clipped =
          (List<String>)
              browser.script(
                  "const width = document.documentElement.clientWidth;"
                      + " return [...document.querySelectorAll('#result *')].filter(e => {"
                      + "  const r = e.getBoundingClientRect(); return r.width > 0 && r.right > width + 1; })"
                      + " .map(e => e.tagName + '.' + e.className + ' right ' + Math.round(e.getBoundingClientRect().right)).slice(0, 10);");
      assertThat(clipped).as("elements beyond the page width").isEmpty();
    } finally {
      browser.script("window.dispatchEvent(new Event('afterprint'))");
      browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
      browser.driver().manage().window().setSize(original);
    }
  }

  @Test
  @Order(4)
  void theKnowledgeBrowserHasNoAccessibilityViolation() {
    browser.open("/#/knowledge");
    browser.visible("#kb-list .kb-rule");
    assertThat(AxeScan.violations(browser)).isEmpty();
  }

  @Test
  @Order(5)
  void theStudioTabsAreInViewAndEnterKeepsTheIndentation() {
    openStudio();
    WebElement tab = browser.find("#tab-history");
    long bottom =
        ((Number) browser.script("return arguments[0].getBoundingClientRect().bottom", tab))
            .longValue();
    assertThat(bottom)
        .as("bottom of the tabs at 1280 x 800")
        .isLessThanOrEqualTo(((Number) browser.script("return window.innerHeight")).longValue());

    String original = editorText();
    browser.script(
        "const cm = document.querySelector('.CodeMirror').CodeMirror;"
            + " cm.setValue('rule \"x\"\\nwhen\\n    RelapseCase( )\\nthen\\nend\\n'); cm.focus(); cm.setCursor({line: 2, ch: 0});");
    new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
    assertThat(editorText()).isEqualTo("rule \"x\"\nwhen\n\n    RelapseCase( )\nthen\nend\n");
    browser.script(
        "const cm = document.querySelector('.CodeMirror').CodeMirror; cm.setCursor({line: 3, ch: 19});");
    new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
    assertThat(editorText().lines().toList().get(4)).isEqualTo("    ");
    setEditorText(original);
    browser.click("#studio-revert");
  }

  @Test
  @Order(6)
  void theImpactIsAClinicalDiffAndTheGateNamesTheFailingScenarioWithExpectedAndActual() {
    openStudioOn("transplant.drl");
    // UK ALL R3 no longer indicates HSCT where the bundled rules do.
    String text = editorText();
    String changed =
        text.replace(
            "insert(new HsctIndication(Scheme.UK_R3, HsctDecision.INDICATED));",
            "insert(new HsctIndication(Scheme.UK_R3, HsctDecision.NOT_INDICATED));");
    assertThat(changed).isNotEqualTo(text);
    setEditorText(changed);
    browser.click("#studio-save");
    browser
        .await()
        .until(ExpectedConditions.textToBePresentInElementLocated(By.id("studio-status"), "saved"));
    try {
      browser.click("#tab-diff");
      browser.visible("#panel-diff .diff-add");
      assertThat(AxeScan.violations(browser)).as("draft diff").isEmpty();

      browser.click("#tab-impact");
      browser.visibleWithin("#impact-table tbody tr", Duration.ofSeconds(90));
      assertThat(browser.find("#impact-counts").getText()).contains("HSCT in CR2, UK ALL R3");
      WebElement firstCase = browser.find("#impact-table tbody th.impact-case");
      assertThat(firstCase.getText()).contains("marrow").contains("months from D0");
      assertThat(browser.find("#impact-table").getText())
          .contains("HSCT in CR2 under UK ALL R3: indicated")
          .contains("HSCT in CR2 under UK ALL R3: not indicated");
      assertThat(
              (Boolean)
                  browser.script(
                      "const p = document.getElementById('panel-impact').getBoundingClientRect();"
                          + " return [...document.querySelectorAll('#impact-table th, #impact-table td')]"
                          + ".every(e => e.getBoundingClientRect().right <= p.right + 1);"))
          .as("the impact table fits its panel")
          .isTrue();
      browser.find("#impact-output").sendKeys("HSCT in CR2");
      browser.find("#impact-scheme").sendKeys("BFM");
      browser
          .await()
          .until(
              d ->
                  browser.find("#impact-shown").getText().startsWith("Showing 0 ")
                      || browser.findAll("#impact-table td.impact-before li").stream()
                          .allMatch(li -> li.getText().contains("BFM")));
      browser.find("#impact-scheme").sendKeys("UK ALL R3");
      assertThat(AxeScan.violations(browser)).as("impact").isEmpty();
      assertThat(contrastInStates("#tab-diff", "#tab-publish", "#studio-validate", ".file-button"))
          .isEmpty();
      browser.screenshot("rule-studio-impact", 1400);

      browser.click("#tab-publish");
      browser.visible("#publish-reason").sendKeys("Browser test: a change the gate must refuse");
      browser.click("#publish-confirm");
      browser.click("#publish-button");
      WebElement refusal = browser.visibleWithin("#publish-refused", Duration.ofSeconds(120));
      assertThat(refusal.getText())
          .containsPattern("(Scenario|Vignette) \"[^\"]+\"")
          .contains("HSCT under UK ALL R3: expected INDICATED, the rules give NOT_INDICATED")
          .doesNotContain("[HSCT under");
    } finally {
      browser.click("#tab-diff");
      browser.await().until(d -> !browser.find("#panel-diff").getText().startsWith("Loading"));
      if (!browser.findAll("#discard-draft").isEmpty()) {
        browser.click("#discard-draft");
        browser.driver().switchTo().alert().accept();
      }
      browser.visible("#panel-diff .placeholder");
    }
  }

  @Test
  @Order(7)
  void theHistoryAndTheRollbackFormHaveNoAccessibilityViolationAndNameTheVersion() {
    openStudio();
    browser.click("#tab-history");
    browser.visible("#history-table tbody tr");
    assertThat(AxeScan.violations(browser)).as("history").isEmpty();
    List<WebElement> rollBacks = browser.findAll("#history-table tbody tr button[data-commit]");
    if (rollBacks.isEmpty()) {
      return; // a fresh repository has one version only: nothing to roll back to
    }
    browser.script("arguments[0].scrollIntoView({block: 'center'})", rollBacks.get(0));
    rollBacks.get(0).click();
    browser.visible("#rollback-reason");
    assertThat(browser.find("label[for='rollback-reason']").getText())
        .isEqualTo("Reason for the roll back");
    assertThat(browser.find("#rollback-what").getText())
        .startsWith("Makes knowledge base ")
        .contains("active again");
    assertThat(AxeScan.violations(browser)).as("rollback form").isEmpty();
    assertThat(contrastInStates("#rollback-confirm")).isEmpty();
  }

  /** Colour contrast of the first few elements of each selector while hovered and while focused. */
  private List<String> contrastInStates(String... selectors) {
    List<String> problems = new ArrayList<>();
    for (String css : selectors) {
      for (WebElement element :
          browser.findAll(css).stream().filter(WebElement::isDisplayed).limit(2).toList()) {
        browser.script("arguments[0].scrollIntoView({block: 'center'})", element);
        new Actions(browser.driver()).moveToElement(element).perform();
        AxeScan.contrastOf(browser, element).forEach(v -> problems.add("hover " + css + ": " + v));
        browser.script("arguments[0].focus()", element);
        AxeScan.contrastOf(browser, element).forEach(v -> problems.add("focus " + css + ": " + v));
        new Actions(browser.driver()).moveByOffset(0, 0).perform();
      }
    }
    browser.script("document.activeElement?.blur()");
    return problems;
  }

  private static String text(PDDocument document, int page) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    return stripper.getText(document).replaceAll("\\s+", " ");
  }

  private void signIn() {
    browser.open("/login.html");
    browser.visible("#username").sendKeys(server.editorUser());
    browser.find("#password").sendKeys(server.editorPassword());
    browser.click("#login-button");
    browser.visible("body.ready");
  }

  private void evaluate(String example) {
    browser.open("/#/workbench");
    browser.click(".example[data-example='" + example + "']");
    browser
        .await()
        .until(
            d ->
                !browser.findAll(".result-content").isEmpty()
                    && browser.find(".result-case").getText().contains("example-" + example));
  }

  private void openStudio() {
    browser.open("/#/studio");
    browser
        .await()
        .until(d -> !browser.find("#studio-file-title").getText().equals("No file open"));
  }

  private void openStudioOn(String file) {
    openStudio();
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
}
