package org.relapsecds.authoring.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.relapsecds.authoring.check.RuleCheck;
import org.relapsecds.rules.engine.BundledRules;
import org.relapsecds.rules.engine.KnowledgeBase;
import org.relapsecds.rules.engine.KnowledgeBaseCompiler;
import org.relapsecds.rules.engine.RuleSource;
import org.relapsecds.rules.model.RelapseCase;

/** The gate never takes longer than its time limit: past it, it refuses and returns. */
class PublishingGateTimeLimitTest {

  @Test
  void aCheckThatDoesNotReturnIsRefusedAtTheTimeLimitAndInterrupted() throws Exception {
    AtomicBoolean interrupted = new AtomicBoolean();
    ReferenceCheck hanging =
        new ReferenceCheck() {
          @Override
          public String name() {
            return "hanging";
          }

          @Override
          public List<GateFailure> check(KnowledgeBase candidate, KnowledgeBase active) {
            try {
              Thread.sleep(60_000);
            } catch (InterruptedException e) {
              interrupted.set(true);
            }
            return List.of();
          }

          @Override
          public List<RelapseCase> cases(KnowledgeBase knowledgeBase) {
            return List.of();
          }
        };
    KnowledgeBaseCompiler compiler = new KnowledgeBaseCompiler();
    KnowledgeBase active = compiler.compile(BundledRules.load()).orThrow();
    PublishingGate gate =
        new PublishingGate(
            RuleCheck.standard(),
            compiler,
            hanging,
            new CompletionCheck(kb -> List.of()),
            Duration.ofMillis(300));

    long start = System.nanoTime();
    // one plain rule as the candidate: this test is about the time limit, not the bundled rules
    List<RuleSource> candidate =
        List.of(
            new RuleSource(
                "m1.drl",
                "package org.relapsecds.rules.kb;\n\nimport org.relapsecds.rules.model.*;\n\n"
                    + "rule \"Marrow with fewer than 5 % blasts is M1\"\n"
                    + "  @evidence(\"Buchmann2022\") @status(\"verified\")\n"
                    + "when\n  RelapseCase( marrowBlastPercent < 5 )\nthen\n"
                    + "  insert(new MarrowStatus(MarrowGrade.M1));\nend\n"));
    GateResult result = gate.check(candidate, active);
    Duration checks = Duration.ofNanos(System.nanoTime() - start);

    assertThat(result.passed()).isFalse();
    assertThat(result.failures())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.step()).isEqualTo("time-limit");
              assertThat(f.message()).contains("did not finish within");
            });
    // lint and compile come first and are not under the limit; the checks stop at 300 ms
    assertThat(checks).isLessThan(Duration.ofSeconds(30));
    Thread.sleep(200);
    assertThat(interrupted).isTrue();
  }
}
