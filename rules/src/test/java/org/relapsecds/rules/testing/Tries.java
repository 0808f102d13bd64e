package org.relapsecds.rules.testing;

import static org.quicktheories.QuickTheory.qt;

import java.util.function.Consumer;
import org.junit.jupiter.api.function.ThrowingConsumer;
import org.quicktheories.QuickTheory;

/**
 * How a property of the rules module runs: the given number of random examples, then at most
 * {@value #SHRINK_CYCLES} shrinking steps (QuickTheories' default of 100,000 would spend minutes on
 * one failing rules property). A failure names the smallest falsifying value and the seed; {@code
 * ./mvnw -pl rules test -Dtest='Class#method' -DQT_SEED=<seed>} replays it.
 */
public final class Tries {
  static final int SHRINK_CYCLES = 2_000;

  private Tries() {}

  /** A theory over {@code examples} random examples. */
  public static QuickTheory of(int examples) {
    return qt().withExamples(examples).withShrinkCycles(SHRINK_CYCLES);
  }

  /** A property body that may throw checked exceptions; any exception falsifies the property. */
  public static <T> Consumer<T> rethrowing(ThrowingConsumer<T> body) {
    return value -> {
      try {
        body.accept(value);
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable e) {
        throw new AssertionError(e);
      }
    };
  }
}
