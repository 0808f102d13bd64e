package org.relapsecds.acceptance.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParameterTypesTest {
  private final ParameterTypes types = new ParameterTypes();

  @ParameterizedTest
  @CsvSource({
    "2 x 10^-4, 2e-4",
    "10^-3, 1e-3",
    "9 x 10^-4, 9e-4",
    "0.0005, 5e-4",
    "0.05 %, 5e-4",
    "0.1 %, 1e-3",
    "0, 0"
  })
  void mrdIsTheSameDoubleHoweverItIsWritten(String text, double expected) {
    assertThat(types.mrd(text)).isEqualTo(expected);
  }

  @Test
  void datesAreReadAsWritten() {
    assertThat(types.date("31 August 2015")).isEqualTo(LocalDate.of(2015, 8, 31));
  }

  @Test
  void agesMayCarryDays() {
    assertThat(types.age("21 years and 364 days")).isEqualTo(Period.of(21, 0, 364));
    assertThat(types.age("1 year")).isEqualTo(Period.ofYears(1));
  }
}
