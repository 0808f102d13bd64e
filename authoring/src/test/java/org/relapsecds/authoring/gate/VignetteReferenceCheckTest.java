package org.relapsecds.authoring.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.relapsecds.rules.engine.BundledRules;
import org.relapsecds.rules.engine.KnowledgeBase;
import org.relapsecds.rules.engine.KnowledgeBaseCompiler;
import org.relapsecds.rules.reference.ReferenceCase;
import org.relapsecds.rules.reference.ReferenceCases;

/** The gate's reference-case step reads the rules module's data and refuses regressions only. */
class VignetteReferenceCheckTest {
  private static final KnowledgeBaseCompiler COMPILER = new KnowledgeBaseCompiler();
  private static final KnowledgeBase BUNDLED = COMPILER.compile(BundledRules.load()).orThrow();
  private static final KnowledgeBase NO_UK_HIGH_HSCT =
      COMPILER.compile(Drafts.ukHighRiskWithoutTransplant()).orThrow();

  private final VignetteReferenceCheck check = new VignetteReferenceCheck();

  @Test
  void theBundledRulesPassEveryReferenceCase() {
    assertThat(check.check(BUNDLED, BUNDLED)).isEmpty();
  }

  @Test
  void aDraftBreakingAVignetteIsRefusedWithExpectedAndActualInClinicalWords() {
    assertThat(check.check(NO_UK_HIGH_HSCT, BUNDLED))
        .extracting(GateFailure::step, GateFailure::message)
        .contains(
            tuple(
                "reference",
                "Vignette \"BCP, marrow 60 %, no EM, relapse at 12 months on therapy\" (case-9.1):"
                    + " HSCT under UK ALL R3: expected INDICATED, the draft gives NOT_INDICATED"
                    + " (the active rules give INDICATED)"));
  }

  @Test
  void anExpectationTheActiveRulesAlreadyMissIsNotHeldAgainstTheDraft() {
    assertThat(check.check(NO_UK_HIGH_HSCT, NO_UK_HIGH_HSCT)).isEmpty();
  }

  @Test
  void itsCasesAreTheFactsOfTheReferenceCases() {
    assertThat(check.cases(BUNDLED))
        .containsExactlyElementsOf(
            ReferenceCases.load().stream().map(ReferenceCase::facts).toList());
  }
}
