package org.relapsecds.authoring.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.relapsecds.rules.engine.BundledRules;
import org.relapsecds.rules.engine.KnowledgeBase;
import org.relapsecds.rules.engine.KnowledgeBaseCompiler;
import org.relapsecds.rules.model.RelapseCase;

/**
 * The impact of an earlier knowledge base (a folder of its DRL) against the bundled one on the
 * reference corpus, as the rule studio computes it for a draft. On demand only (it needs the old
 * rules): {@code ./mvnw -B -pl authoring -am test -Dtest=KnowledgeBaseUpgradeImpactTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dimpact.baseline=/tmp/kb-v1}. Writes the report to
 * {@code authoring/target/kb-upgrade-impact.txt}; docs/treatment-rules.md records the v1 -> v2
 * figures.
 */
class KnowledgeBaseUpgradeImpactTest {

  @Test
  void reportsTheImpactOfTheBundledRulesAgainstABaseline() throws Exception {
    String baseline = System.getProperty("impact.baseline");
    assumeTrue(baseline != null, "set -Dimpact.baseline=<folder of the earlier DRL>");
    KnowledgeBaseCompiler compiler = new KnowledgeBaseCompiler();
    KnowledgeBase before =
        compiler.compile(BundledRules.fromDirectory(Path.of(baseline))).orThrow();
    KnowledgeBase after = compiler.compile(BundledRules.load()).orThrow();
    List<RelapseCase> corpus = ImpactCorpus.grid();

    ImpactReport report = ImpactAnalysis.analyse(before, after, corpus);

    StringBuilder text = new StringBuilder();
    text.append("cases ").append(report.cases()).append('\n');
    text.append("changed cases ").append(report.changedCases()).append('\n');
    text.append("\nchanged cases per field\n");
    report.changesByField().forEach((k, v) -> text.append(v).append('\t').append(k).append('\n'));
    text.append("\nchanged cases per transition\n");
    for (Map.Entry<String, Integer> e : report.changesByKind().entrySet()) {
      text.append(e.getValue()).append('\t').append(e.getKey()).append('\n');
    }
    Files.writeString(Path.of("target", "kb-upgrade-impact.txt"), text);
    System.out.println(text);
    assertThat(report.cases()).isEqualTo(corpus.size());
  }
}
