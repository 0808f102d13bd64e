package org.relapsecds.api.ui;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by the Debian chromedriver (never Selenium Manager), at the
 * 1280x800 size the UI is designed for, with small helpers the page tests share.
 */
final class Browser implements AutoCloseable {
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private final ChromeDriver driver;
  private final WebDriverWait wait;
  private final String baseUrl;

  Browser(String baseUrl) {
    this.baseUrl = baseUrl;
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--window-size=1280,800",
        "--lang=en-GB");
    LoggingPreferences logging = new LoggingPreferences();
    logging.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logging);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File("/usr/bin/chromedriver"))
            .build();
    this.driver = new ChromeDriver(service, options);
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
  }

  ChromeDriver driver() {
    return driver;
  }

  WebDriverWait await() {
    return wait;
  }

  /** Loads a page afresh (a plain get of the same URL with a fragment would not reload it). */
  void open(String path) {
    driver.get("about:blank");
    driver.get(baseUrl + path);
  }

  String currentPath() {
    return driver.getCurrentUrl().substring(baseUrl.length());
  }

  WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  List<WebElement> findAll(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  WebElement visible(String css) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  /** For slow steps such as publishing (compile, lint, acceptance cases and impact analysis). */
  WebElement visibleWithin(String css, Duration timeout) {
    return new WebDriverWait(driver, timeout)
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  WebElement clickable(String css) {
    return wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
  }

  /** Clicks an element, finding it again if the page re-rendered it in between. */
  void click(String css) {
    for (int attempt = 1; ; attempt++) {
      try {
        WebElement element = clickable(css);
        script("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
        return;
      } catch (StaleElementReferenceException e) {
        if (attempt == 3) {
          throw e;
        }
      }
    }
  }

  Object script(String script, Object... arguments) {
    return ((JavascriptExecutor) driver).executeScript(script, arguments);
  }

  /** Sets a form control the way a user's edit ends: value, then input and change events. */
  void setValue(String css, String value) {
    script(
        "const el = arguments[0]; el.value = arguments[1];"
            + " el.dispatchEvent(new Event('input', {bubbles: true}));"
            + " el.dispatchEvent(new Event('change', {bubbles: true}));",
        find(css),
        value);
  }

  /** Calls the API from the page, with its session, and returns the parsed JSON body. */
  Object fetchJson(String path) {
    return ((JavascriptExecutor) driver)
        .executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + " fetch(arguments[0], {headers: {Accept: 'application/json'}})"
                + ".then(r => r.json()).then(done, e => done(String(e)));",
            path);
  }

  /** Browser console lines so far (CSP violations and failed requests show up here). */
  List<String> consoleMessages() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .map(LogEntry::getMessage)
        .toList();
  }

  /** Writes a screenshot of the whole page (up to a height) under target/screenshots. */
  Path screenshot(String name, int maxHeight) {
    Dimension original = driver.manage().window().getSize();
    try {
      script("window.scrollTo(0, 0)");
      long height = (Long) script("return document.documentElement.scrollHeight");
      int target = (int) Math.max(900, Math.min(height + 120, maxHeight));
      driver.manage().window().setSize(new Dimension(1280, target));
      Files.createDirectories(SCREENSHOTS);
      Path file = SCREENSHOTS.resolve(name + ".png");
      Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      driver.manage().window().setSize(original);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
