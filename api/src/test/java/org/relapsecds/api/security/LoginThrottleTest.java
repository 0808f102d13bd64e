package org.relapsecds.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The throttle's arithmetic on a clock the test moves. */
class LoginThrottleTest {
  private static final LoginThrottle.Limits LIMITS =
      new LoginThrottle.Limits(
          5, 20, Duration.ofMinutes(15), Duration.ofSeconds(60), Duration.ofMinutes(15), 1000);

  /** A clock that stands still until moved. */
  static final class TestClock extends Clock {
    Instant now = Instant.parse("2026-01-01T00:00:00Z");

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }

  private final TestClock clock = new TestClock();
  private final LoginThrottle throttle = new LoginThrottle(LIMITS, Set.of("editor"), clock);

  private void fail(int times, String account, String address) {
    for (int i = 0; i < times; i++) {
      throttle.failed(account, address);
    }
  }

  @Test
  void anAccountIsBlockedAfterFiveFailuresFromAnyAddresses() {
    for (int i = 1; i <= 4; i++) {
      assertThat(throttle.failed("editor", "10.0.0." + i)).isEmpty();
    }
    assertThat(throttle.failed("editor", "10.0.0.5")).contains(Duration.ofSeconds(60));

    assertThat(throttle.blocked("editor", "10.9.9.9")).contains(Duration.ofSeconds(60));
    assertThat(throttle.blocked("someone-else", "10.9.9.9")).isEmpty();
  }

  @Test
  void anAddressIsBlockedAfterTwentyFailuresAcrossNames() {
    for (int i = 0; i < 19; i++) {
      assertThat(throttle.failed("name-" + i, "10.0.0.1")).isEmpty();
    }
    assertThat(throttle.failed("name-19", "10.0.0.1")).isPresent();

    assertThat(throttle.blocked("editor", "10.0.0.1")).isPresent();
    assertThat(throttle.blocked(null, "10.0.0.1")).isPresent();
    assertThat(throttle.blocked("editor", "10.0.0.2")).isEmpty();
  }

  @ParameterizedTest(name = "failure {0} blocks for {1} s")
  @CsvSource({"5, 60", "6, 120", "7, 240", "8, 480", "9, 900", "10, 900", "30, 900"})
  void eachFurtherFailureDoublesTheBlockUpToTheLongest(int failures, long seconds) {
    fail(failures - 1, "editor", null);

    assertThat(throttle.failed("editor", null)).contains(Duration.ofSeconds(seconds));
  }

  @Test
  void theBlockEnds() {
    fail(5, "editor", "10.0.0.1");
    clock.advance(Duration.ofSeconds(59));
    assertThat(throttle.blocked("editor", null)).contains(Duration.ofSeconds(1));

    clock.advance(Duration.ofSeconds(1));
    assertThat(throttle.blocked("editor", null)).isEmpty();
  }

  @Test
  void failuresOlderThanTheWindowAreForgotten() {
    fail(4, "editor", null);
    clock.advance(Duration.ofMinutes(15).plusSeconds(1));

    assertThat(throttle.failed("editor", null)).isEmpty();
    fail(3, "editor", null);
    assertThat(throttle.failed("editor", null)).isPresent();
  }

  @Test
  void aSuccessResetsTheAccountAndTheAddress() {
    fail(4, "editor", "10.0.0.1");
    throttle.succeeded("editor", "10.0.0.1");

    fail(4, "editor", "10.0.0.1");
    assertThat(throttle.blocked("editor", "10.0.0.1")).isEmpty();
  }

  @Test
  void sprayingNamesAndAddressesKeepsMemoryBounded() {
    for (int i = 0; i < 50_000; i++) {
      throttle.failed(
          "sprayed-name-" + i + "x".repeat(500),
          "10." + (i >> 16) + "." + (i >> 8 & 255) + "." + (i & 255));
    }

    assertThat(throttle.size()).isLessThanOrEqualTo(2 * LIMITS.capacity());
  }

  @Test
  void sprayingNamesCannotEvictARealAccountsFailures() {
    fail(4, "editor", null);
    for (int i = 0; i < 10 * LIMITS.capacity(); i++) {
      throttle.failed("sprayed-" + i, null);
    }

    assertThat(throttle.failed("editor", null)).as("fifth failure of editor").isPresent();
  }

  @Test
  void anUnknownNameIsBlockedLikeARealOneSoBlocksDoNotRevealAccounts() {
    fail(5, "no-such-user", null);

    assertThat(throttle.blocked("no-such-user", null)).contains(Duration.ofSeconds(60));
  }
}
