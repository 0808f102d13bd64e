package org.relapsecds.api.authoring.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.relapsecds.authoring.gate.CompositeReferenceCheck;
import org.relapsecds.authoring.gate.VignetteReferenceCheck;
import org.relapsecds.authoring.impact.ImpactCorpus;
import org.relapsecds.rules.engine.BundledRules;
import org.relapsecds.rules.engine.EvaluationLimits;
import org.relapsecds.rules.engine.EvidenceSources;
import org.relapsecds.rules.engine.KnowledgeBase;
import org.relapsecds.rules.engine.KnowledgeBaseCompiler;
import org.relapsecds.rules.model.RelapseCase;

/**
 * The measurement behind the default firing limit: the most rules that fire for any case of the
 * reference corpus (impact grid, vignettes, scenario cases) with the bundled rules. The default
 * limit is ten times it, so a growing knowledge base that comes near gets this test's attention.
 */
class ReferenceFiringsTest {

  @Test
  void theDefaultFiringLimitIsTenTimesTheMostFiringsOfAnyReferenceCase() {
    KnowledgeBase bundled =
        new KnowledgeBaseCompiler(
                EvidenceSources.bundled(), new EvaluationLimits(100_000, Duration.ofSeconds(60)))
            .compile(BundledRules.load())
            .orThrow();
    List<RelapseCase> corpus = new ArrayList<>(ImpactCorpus.grid());
    corpus.addAll(
        new CompositeReferenceCheck(
                List.of(new ScenarioReferenceCheck(), new VignetteReferenceCheck()))
            .cases(bundled));

    int most = 0;
    for (RelapseCase relapseCase : corpus) {
      most = Math.max(most, bundled.evaluate(relapseCase).firedRules().size());
    }

    System.out.println("reference corpus: " + corpus.size() + " cases, most firings " + most);
    assertThat(most).isEqualTo(EvaluationLimits.LARGEST_REFERENCE_FIRINGS);
    assertThat(EvaluationLimits.DEFAULT.maxRuleFirings()).isEqualTo(10 * most);
  }
}
