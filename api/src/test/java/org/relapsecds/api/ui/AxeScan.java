package org.relapsecds.api.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.WebElement;

/**
 * Runs axe-core (the npm script, vendored as a test resource: {@code axe/axe.min.js}) in the page
 * and returns its violations as readable lines. WCAG 2.1 A and AA plus axe's best practices.
 */
final class AxeScan {
  private static final String SCRIPT = load();

  private AxeScan() {}

  /** The violations on the page as it is now; empty when there are none. */
  static List<String> violations(Browser browser) {
    return run(
        browser,
        "document",
        "{runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a',"
            + " 'wcag21aa', 'best-practice']}}");
  }

  /** Colour contrast of one element in its current state (hovered, focused). */
  static List<String> contrastOf(Browser browser, WebElement element) {
    return run(
        browser, "arguments[0]", "{runOnly: {type: 'rule', values: ['color-contrast']}}", element);
  }

  private static List<String> run(
      Browser browser, String context, String options, Object... arguments) {
    if (!Boolean.TRUE.equals(browser.script("return typeof window.axe === 'object'"))) {
      browser.script(SCRIPT);
    }
    Object answer =
        browser
            .driver()
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + " axe.run("
                    + context
                    + ", "
                    + options
                    + ").then(r => done(r.violations.map(v => ({id: v.id, help: v.help,"
                    + " nodes: v.nodes.map(n => n.target.join(' ') + ': ' + n.failureSummary)}))),"
                    + " e => done([{id: 'axe-error', help: String(e), nodes: []}]));",
                arguments);
    List<String> lines = new ArrayList<>();
    for (Object v : (List<?>) answer) {
      Map<?, ?> violation = (Map<?, ?>) v;
      lines.add(
          violation.get("id") + " (" + violation.get("help") + "): " + violation.get("nodes"));
    }
    return lines;
  }

  private static String load() {
    try (InputStream in = AxeScan.class.getResourceAsStream("/axe/axe.min.js")) {
      if (in == null) {
        throw new IllegalStateException("axe/axe.min.js is missing from the test resources");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
