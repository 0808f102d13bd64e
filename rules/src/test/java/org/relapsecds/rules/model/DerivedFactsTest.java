package org.relapsecds.rules.model;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Derived facts that would contradict the schemes cannot be constructed. */
class DerivedFactsTest {

  @Test
  void aGroupOfAnotherSchemeIsRejected() {
    assertThatThrownBy(() -> new RiskGroup(Scheme.BFM, RiskStratum.HIGH))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RiskGroup(Scheme.COG, RiskStratum.S2))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RiskGroup(Scheme.UK_R3, RiskStratum.LOW))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void cogHasNoVeryEarlyCategory() {
    assertThatThrownBy(() -> new RelapseTiming(Scheme.COG, TimingCategory.VERY_EARLY))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
