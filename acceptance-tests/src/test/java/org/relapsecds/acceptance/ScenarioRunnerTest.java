package org.relapsecds.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.relapsecds.acceptance.runner.ScenarioResult;
import org.relapsecds.acceptance.runner.ScenarioRunReport;
import org.relapsecds.acceptance.runner.ScenarioRunner;
import org.relapsecds.rules.engine.BundledRules;
import org.relapsecds.rules.engine.KnowledgeBase;
import org.relapsecds.rules.engine.KnowledgeBaseCompiler;
import org.relapsecds.rules.engine.RuleSource;

class ScenarioRunnerTest {
  @Test
  void everyScenarioPassesAgainstTheBundledKnowledgeBase() {
    ScenarioRunReport report = BundledRun.report();

    assertThat(report.total()).isGreaterThan(0);
    assertThat(report.failures()).as("failing scenarios").isEmpty();
    assertThat(report.passed()).isTrue();
  }

  @Test
  void aDraftWithoutTheSiteRulesFailsScenarios() {
    List<RuleSource> draft =
        BundledRules.load().stream().filter(s -> !s.file().equals("site.drl")).toList();
    KnowledgeBase broken = new KnowledgeBaseCompiler().compile(draft).orThrow();

    ScenarioRunReport report = new ScenarioRunner().run(broken);

    assertThat(report.passed()).isFalse();
    assertThat(report.failures()).extracting(ScenarioResult::feature).contains("Site of relapse");
    assertThat(report.failures()).allSatisfy(f -> assertThat(f.failure()).isNotBlank());
  }

  @Test
  void everyScenarioRecordsTheRulesItFired() {
    ScenarioRunReport report = BundledRun.report();

    assertThat(report.firings()).hasSize(report.total());
    assertThat(report.firings()).anySatisfy(rules -> assertThat(rules).isNotEmpty());
  }

  @Test
  void theCasesAreTheValidCasesTheScenariosEvaluate() {
    var cases = new ScenarioRunner().cases(BundledRun.knowledgeBase());

    assertThat(cases).isNotEmpty().doesNotHaveDuplicates();
    assertThat(cases.size()).isLessThanOrEqualTo(BundledRun.report().total());
  }
}
