package org.relapsecds.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The budget counts CPU time: waiting (for a core, here for a sleep) does not use it up, computing
 * does, and waiting for longer than the wall-clock cap does too.
 */
class EvaluationDeadlineTest {
  @Test
  void waitingWithoutComputingDoesNotUseUpTheBudget() throws InterruptedException {
    EvaluationDeadline deadline = new EvaluationDeadline(Duration.ofMillis(200).toNanos());

    Thread.sleep(450); // past the budget on the wall clock, below the cap of ten budgets

    assertThat(deadline.passed()).isFalse();
    assertThat(deadline.elapsedNanos()).isGreaterThanOrEqualTo(Duration.ofMillis(450).toNanos());
  }

  @Test
  void computingUsesUpTheBudget() {
    EvaluationDeadline deadline = new EvaluationDeadline(Duration.ofMillis(50).toNanos());

    long spins = 0;
    while (!deadline.passed()) {
      spins += String.valueOf(spins).hashCode() == 42 ? 2 : 1;
    }

    assertThat(deadline.elapsedNanos()).isGreaterThanOrEqualTo(Duration.ofMillis(50).toNanos());
  }

  @Test
  void waitingPastTheWallClockCapUsesUpTheBudget() throws InterruptedException {
    EvaluationDeadline deadline = new EvaluationDeadline(Duration.ofMillis(10).toNanos());

    Thread.sleep(10 * EvaluationDeadline.WALL_CLOCK_CAP + 30);

    assertThat(deadline.passed()).isTrue();
  }

  @Test
  void beforeTheBudgetNothingHasPassed() {
    assertThat(new EvaluationDeadline(Duration.ofSeconds(30).toNanos()).passed()).isFalse();
  }
}
