package org.relapsecds.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
    KnowledgeBase broken = withoutFile("site.drl");

    ScenarioRunReport report = new ScenarioRunner().run(broken);

    assertThat(report.passed()).isFalse();
    assertThat(report.failures()).extracting(ScenarioResult::feature).contains("Site of relapse");
    assertThat(report.failures()).allSatisfy(f -> assertThat(f.failure()).isNotBlank());
  }

  @Test
  void concurrentRunsAgainstDifferentKnowledgeBasesDoNotInterfere() throws Exception {
    KnowledgeBase broken = withoutFile("site.drl");
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<ScenarioRunReport> good =
          pool.submit(() -> new ScenarioRunner().run(BundledRun.knowledgeBase()));
      Future<ScenarioRunReport> bad = pool.submit(() -> new ScenarioRunner().run(broken));

      assertThat(good.get().failures()).isEmpty();
      assertThat(good.get().total()).isEqualTo(BundledRun.report().total());
      assertThat(bad.get().passed()).isFalse();
      assertThat(bad.get().total()).isEqualTo(BundledRun.report().total());
    } finally {
      pool.shutdownNow();
    }
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

  private static KnowledgeBase withoutFile(String file) {
    List<RuleSource> draft =
        BundledRules.load().stream().filter(s -> !s.file().equals(file)).toList();
    return new KnowledgeBaseCompiler().compile(draft).orThrow();
  }
}
