package org.relapsecds.api.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.relapsecds.authoring.gate.GateFailure;
import org.relapsecds.authoring.lifecycle.LifecycleException;

/**
 * A rule that only inserts facts of the model, as rules may, yet never finishes (every alert begets
 * another) passes the lint and compiles; the gate's completion step refuses it, well within the
 * gate's time limit, and the authoring lock is free at once afterwards.
 */
class LoopingPublishTest extends AuthoringTestSupport {
  private static final String ECHO =
      HEADER
          + "rule \"Echo every alert\"\n"
          + "  @evidence(\"Tallen2010\") @status(\"unverified\")\n"
          + "when\n"
          + "  Alert()\n"
          + "then\n"
          + "  insert(new Alert(AlertCode.NOT_COVERED, Severity.INFO, \"echo\"));\n"
          + "end\n";

  @Test
  void aLoopingRuleSetIsRefusedByTheGateAndTheLockIsFreeAfterwards() {
    String versionBefore = active.current().version();
    service.save("echo.drl", ECHO, null, "alice");
    String draft = repository.draft().commit();

    long start = System.nanoTime();
    LifecycleException.GateRefused refused =
        catchThrowableOfType(
            LifecycleException.GateRefused.class,
            () -> service.publish("Echo alerts", draft, "alice"));
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    List<GateFailure> failures = refused.failures();
    assertThat(failures)
        .isNotEmpty()
        .allSatisfy(
            f -> {
              assertThat(f.step()).isEqualTo("limits");
              assertThat(f.message()).contains("did not finish").contains("Echo every alert");
            });
    assertThat(took).isLessThan(Duration.ofSeconds(60)); // the gate's default time limit
    assertThat(active.current().version()).isEqualTo(versionBefore);

    // the lock is free: another editor's write goes through at once
    long discard = System.nanoTime();
    service.discardDraft("bob");
    assertThat(Duration.ofNanos(System.nanoTime() - discard)).isLessThan(Duration.ofSeconds(5));
    assertThat(repository.hasPendingDraft()).isFalse();
  }
}
