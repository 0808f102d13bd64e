package org.relapsecds.api.authoring.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.relapsecds.authoring.check.RuleCheck;
import org.relapsecds.authoring.gate.CompletionCheck;
import org.relapsecds.authoring.gate.CompositeReferenceCheck;
import org.relapsecds.authoring.gate.Drafts;
import org.relapsecds.authoring.gate.GateFailure;
import org.relapsecds.authoring.gate.GateResult;
import org.relapsecds.authoring.gate.PublishingGate;
import org.relapsecds.authoring.gate.ReferenceCheck;
import org.relapsecds.authoring.gate.VignetteReferenceCheck;
import org.relapsecds.rules.engine.BundledRules;
import org.relapsecds.rules.engine.KnowledgeBase;
import org.relapsecds.rules.engine.KnowledgeBaseCompiler;

/**
 * The gate as the api wires it (the acceptance scenarios through Cucumber's command line, then the
 * reference cases of the rules module): a draft that breaks a scenario is refused, and the refusal
 * says in clinical words what was expected and what the draft gives.
 */
class ScenarioGateTest {
  private static final KnowledgeBaseCompiler COMPILER = new KnowledgeBaseCompiler();
  private static final KnowledgeBase ACTIVE = COMPILER.compile(BundledRules.load()).orThrow();

  private final ReferenceCheck reference =
      new CompositeReferenceCheck(
          List.of(new ScenarioReferenceCheck(), new VignetteReferenceCheck()));
  private final PublishingGate gate =
      new PublishingGate(
          RuleCheck.standard(),
          COMPILER,
          reference,
          new CompletionCheck(reference::cases),
          Duration.ofMinutes(5));

  @Test
  void theBundledRulesPassTheGate() {
    GateResult result = gate.check(BundledRules.load(), ACTIVE);

    assertThat(result.failures()).isEmpty();
    assertThat(result.passed()).isTrue();
  }

  @Test
  void aDraftBreakingAScenarioIsRefusedWithAPlainExpectedVersusActualReason() {
    GateResult result = gate.check(Drafts.ukHighRiskWithoutTransplant(), ACTIVE);

    assertThat(result.passed()).isFalse();
    assertThat(result.knowledgeBase()).isEmpty();
    List<String> scenarios =
        result.failures().stream()
            .filter(f -> f.step().equals("scenarios"))
            .map(GateFailure::message)
            .toList();
    assertThat(scenarios)
        .contains(
            "Scenario \"section 9 vignette: B-precursor, 60 % marrow at 12 months: S4, high, high,"
                + " transplant everywhere\" (Allogeneic stem-cell transplant in second remission):"
                + " HSCT under UK ALL R3: expected INDICATED, the rules give NOT_INDICATED");
    assertThat(result.failures())
        .extracting(GateFailure::message)
        // an assertion library's marks: "[description]", "Expecting", a message over several lines
        .noneMatch(m -> m.contains("): [") || m.contains("Expecting") || m.contains("\n"))
        .anyMatch(
            m ->
                m.startsWith("Vignette \"")
                    && m.endsWith(
                        "HSCT under UK ALL R3: expected INDICATED, the draft gives NOT_INDICATED"
                            + " (the active rules give INDICATED)"));
  }
}
