package org.relapsecds.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.relapsecds.acceptance.runner.RuleCoverage;

/**
 * Every rule of the bundled knowledge base is fired by at least one scenario. The rule list is read
 * from the compiled knowledge base, so a new rule without a scenario fails here by name. The report
 * lands next to the Cucumber report: target/cucumber/rule-coverage.md and .json.
 */
class RuleCoverageTest {
  @TestFactory
  Stream<DynamicTest> everyRuleIsFiredByAScenario() throws IOException {
    RuleCoverage coverage = RuleCoverage.of(BundledRun.knowledgeBase(), BundledRun.report());
    coverage.writeTo(Path.of("target", "cucumber"));
    return coverage.scenariosByRule().entrySet().stream()
        .map(
            e ->
                DynamicTest.dynamicTest(
                    e.getKey().name(),
                    () ->
                        assertThat(e.getValue())
                            .as(
                                "scenarios firing rule \"%s\" (%s): add one to the features",
                                e.getKey().name(), e.getKey().file())
                            .isNotEmpty()));
  }
}
