package org.relapsecds.authoring.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.relapsecds.authoring.check.HostileCorpus.Hostile;
import org.relapsecds.rules.engine.RuleSource;

/**
 * The hostile corpus ({@code hostile/*.drl}, listed with the finding each must get in {@code
 * hostile/index.tsv}): every construct the allow-list excludes, the escape and string-building
 * tricks, reflection chains from model enum constants, JVM-wide setters, loops, recursion and
 * resource bombs. Each is refused with its line; the api tests prove none can be published.
 */
class HostileRulesTest {
  private static final RuleCheck CHECK = RuleCheck.standard();

  static List<Hostile> corpus() {
    return HostileCorpus.load();
  }

  static Stream<Arguments> entries() {
    return corpus().stream().map(Arguments::of);
  }

  /** The 2 s bound is for a running service: the first check loads the parsers' classes. */
  @org.junit.jupiter.api.BeforeAll
  static void warmUp() {
    CHECK.check(org.relapsecds.rules.engine.BundledRules.load());
  }

  @Test
  void theCorpusHasAtLeastFortyHostileRules() {
    assertThat(corpus()).hasSizeGreaterThanOrEqualTo(40);
  }

  @ParameterizedTest(name = "{0} is refused with its line")
  @MethodSource("entries")
  void eachHostileRuleIsRefusedWithItsLine(Hostile hostile) {
    List<Finding> findings =
        assertTimeoutPreemptively(
            Duration.ofSeconds(2),
            () -> CHECK.check(new RuleSource("hostile.drl", hostile.text())));

    assertThat(findings).as(hostile.file()).isNotEmpty();
    assertThat(findings)
        .as(hostile.file() + ": " + findings)
        .anySatisfy(
            f -> {
              assertThat(f.code()).isEqualTo(hostile.code());
              assertThat(f.line()).isEqualTo(hostile.line());
            });
    assertThat(findings)
        .allSatisfy(
            f -> {
              assertThat(f.file()).isEqualTo("hostile.drl");
              assertThat(f.column()).isPositive();
              assertThat(f.message()).isNotBlank().doesNotContain("Exception");
              assertThat(f.message().chars().noneMatch(c -> c < 0x20)).isTrue();
            });
  }
}
