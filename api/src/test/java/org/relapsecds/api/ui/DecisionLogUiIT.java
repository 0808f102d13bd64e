package org.relapsecds.api.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.relapsecds.api.it.ExecutableJarServer;

/**
 * The decision log view in real headless Chromium against the real executable jar: an evaluation
 * made in the workbench is found by its case id, opened with the case as received, and replayed.
 */
@TestInstance(Lifecycle.PER_CLASS)
class DecisionLogUiIT {
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
  void anEditorFindsAWorkbenchEvaluationInTheLogOpensItAndReplaysIt() {
    browser.open("/login.html");
    browser.visible("#username").sendKeys(server.editorUser());
    browser.find("#password").sendKeys(server.editorPassword());
    browser.click("#login-button");
    browser.visible("body.ready");
    browser.click(".example[data-example='late-isolated-cns']");
    browser
        .await()
        .until(
            d ->
                !browser.findAll(".result-content").isEmpty()
                    && browser
                        .find(".result-case")
                        .getText()
                        .contains("example-late-isolated-cns"));

    browser.click(".app-nav a[data-route='decisions']");
    browser.visible("#decision-search");
    browser.find("#dl-caseId").sendKeys("example-late-isolated-cns");
    // the writer records off the request thread: search until the decision is there
    browser
        .await()
        .until(
            d -> {
              browser.click("#decision-search-button");
              return !d.findElements(By.cssSelector("#decision-table tbody tr")).isEmpty();
            });
    browser.click("#decision-table tbody tr:first-child button[data-open]");

    assertThat(browser.visible("#decision-channel").getText()).isEqualTo("workbench");
    assertThat(browser.find("#decision-facts").getText()).contains("example-late-isolated-cns");
    assertThat(browser.find("#recorded-BFM-group").getText()).isEqualTo("S1");
    browser.click("#replay-button");
    WebElement reproduced =
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Duration.ofSeconds(60))
            .until(
                org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(
                    By.id("replay-reproduced")));
    assertThat(reproduced.getText()).contains("exactly the recorded outcome");
    assertThat(browser.find("#replay-original-BFM-group").getText()).isEqualTo("S1");
    assertThat(browser.currentPath()).startsWith("/#/decisions/");
    browser.screenshot("decision-log", 1800);
  }
}
