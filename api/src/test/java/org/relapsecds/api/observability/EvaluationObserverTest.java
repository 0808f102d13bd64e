package org.relapsecds.api.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The log line's duration reads as {@code %.3f} would print it. */
class EvaluationObserverTest {

  @Test
  void millisecondsHaveThreeDecimalsRoundedHalfUp() {
    assertThat(EvaluationObserver.millis(0)).isEqualTo("0.000");
    assertThat(EvaluationObserver.millis(84_321)).isEqualTo("0.084");
    assertThat(EvaluationObserver.millis(84_500)).isEqualTo("0.085");
    assertThat(EvaluationObserver.millis(1_005_000)).isEqualTo("1.005");
    assertThat(EvaluationObserver.millis(12_345_678_901L)).isEqualTo("12345.679");
  }

  @Test
  void millisecondsMatchStringFormat() {
    for (long nanos = 0; nanos < 50_000_000; nanos += 7_919) {
      assertThat(EvaluationObserver.millis(nanos))
          .isEqualTo(String.format(Locale.ROOT, "%.3f", nanos / 1e6));
    }
  }
}
