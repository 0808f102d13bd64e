package org.relapsecds.rules.treatment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.relapsecds.rules.engine.EvidenceSources;
import org.relapsecds.rules.engine.RuleDescriptor;
import org.relapsecds.rules.testing.BundledKnowledgeBase;

/** The treatment files' rules carry metadata a clinician can check against the sources. */
class TreatmentRuleMetadataTest {
  static final Set<String> TREATMENT_FILES =
      Set.of(
          "reinduction.drl",
          "consolidation.drl",
          "local-therapy.drl",
          "refractory.drl",
          "agents.drl",
          "safety.drl",
          "prognosis.drl",
          "outcome-figures.drl",
          "notices.drl");

  private static List<RuleDescriptor> treatmentRules() {
    return BundledKnowledgeBase.get().rules().stream()
        .filter(r -> TREATMENT_FILES.contains(r.file()))
        .toList();
  }

  @Test
  void everyTreatmentFileIsBundledAndHasRules() {
    assertThat(treatmentRules()).extracting(RuleDescriptor::file).containsAll(TREATMENT_FILES);
  }

  @Test
  void everyTreatmentRuleCitesKnownSourcesAndStatesItsStatus() {
    EvidenceSources sources = EvidenceSources.bundled();

    assertThat(treatmentRules())
        .allSatisfy(
            rule -> {
              assertThat(rule.evidenceKeys()).as(rule.name()).isNotEmpty();
              assertThat(rule.evidenceKeys()).as(rule.name()).allMatch(sources::contains);
              assertThat(rule.status()).as(rule.name()).isIn("verified", "unverified");
            });
  }
}
