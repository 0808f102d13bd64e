package org.relapsecds.rules.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.relapsecds.rules.testing.Tries;

/** Whole calendar months and completed years, per the specification's date convention. */
class RelapseChronologyTest {

  @ParameterizedTest(name = "{0} to {1}: {2} completed months")
  @CsvSource({
    "2015-01-10, 2015-01-10, 0",
    "2015-01-10, 2015-02-09, 0",
    "2015-01-10, 2015-02-10, 1",
    "2015-01-10, 2016-07-09, 17",
    "2015-01-10, 2016-07-10, 18",
    "2015-01-10, 2016-07-11, 18",
    "2015-01-10, 2018-01-09, 35",
    "2015-01-10, 2018-01-10, 36",
    // the 31st is clipped to the last day of a shorter month
    "2017-08-31, 2018-02-27, 5",
    "2017-08-31, 2018-02-28, 6",
    "2017-08-31, 2018-03-01, 6",
    "2015-08-31, 2016-02-28, 5",
    "2015-08-31, 2016-02-29, 6",
    "2015-01-31, 2015-02-28, 1",
    "2015-01-31, 2015-03-30, 1",
    "2015-01-31, 2015-03-31, 2",
    "2015-03-31, 2015-04-30, 1",
    "2012-02-29, 2015-02-28, 36",
    // a later date never counts backwards
    "2015-01-10, 2014-12-31, 0",
  })
  void completedMonthsFollowTheCalendarConvention(LocalDate from, LocalDate to, int months) {
    assertThat(RelapseChronology.completedMonths(from, to)).isEqualTo(months);
  }

  @Test
  void completedMonthsIsTheLargestNWithToNotBeforeFromPlusNMonths() {
    Tries.of(300)
        .forAll(integers().between(0, 20_000), integers().between(0, 8_000))
        .checkAssert(this::completedMonthsIsTheLargestNWithToNotBeforeFromPlusNMonths);
  }

  void completedMonthsIsTheLargestNWithToNotBeforeFromPlusNMonths(int fromDay, int gap) {
    LocalDate from = LocalDate.of(1990, 1, 1).plusDays(fromDay);
    LocalDate to = from.plusDays(gap);

    int months = RelapseChronology.completedMonths(from, to);

    assertThat(to).isAfterOrEqualTo(from.plusMonths(months));
    assertThat(to).isBefore(from.plusMonths(months + 1L));
  }

  @ParameterizedTest(name = "born {0}, relapse {1}: {2} completed years")
  @CsvSource({
    "2008-03-02, 2026-03-01, 17",
    "2008-03-02, 2026-03-02, 18",
    // a leap-day birthday is reached on 28 February by the clipping convention
    "2008-02-29, 2026-02-27, 17",
    "2008-02-29, 2026-02-28, 18",
  })
  void ageAtRelapseIsInCompletedYears(LocalDate birth, LocalDate relapse, int years) {
    RelapseCase relapseCase =
        RelapseCase.builder()
            .birthDate(birth)
            .diagnosisDate(birth)
            .diagnosisImmunophenotype(Immunophenotype.B_PRECURSOR)
            .relapseDate(relapse)
            .marrowBlastPercent(50)
            .build();

    assertThat(RelapseChronology.of(relapseCase).getAgeAtRelapse()).isEqualTo(years);
  }

  @Test
  void monthsFromEndOfTherapyAreAbsentWhileOnFrontlineTherapy() {
    RelapseCase onTherapy =
        RelapseCase.builder()
            .birthDate(LocalDate.of(2008, 3, 2))
            .diagnosisDate(LocalDate.of(2015, 1, 10))
            .diagnosisImmunophenotype(Immunophenotype.B_PRECURSOR)
            .relapseDate(LocalDate.of(2016, 1, 10))
            .marrowBlastPercent(50)
            .build();

    RelapseChronology chronology = RelapseChronology.of(onTherapy);

    assertThat(chronology.getMonthsFromEndOfTherapy()).isNull();
    assertThat(chronology.getMonthsFromDiagnosis()).isEqualTo(12);
    assertThat(chronology.getAgeAtDiagnosis()).isEqualTo(6);
    assertThat(chronology.getAgeAtRelapse()).isEqualTo(7);
  }
}
