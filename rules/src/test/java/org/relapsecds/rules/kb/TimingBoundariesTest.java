package org.relapsecds.rules.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.relapsecds.rules.testing.Outcomes.timing;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.relapsecds.rules.engine.Outcome;
import org.relapsecds.rules.model.Immunophenotype;
import org.relapsecds.rules.model.RelapseCase;
import org.relapsecds.rules.model.Scheme;
import org.relapsecds.rules.model.SiteClass;
import org.relapsecds.rules.model.TimingCategory;
import org.relapsecds.rules.testing.BundledKnowledgeBase;
import org.relapsecds.rules.testing.Cases;

/**
 * Every timing cut-off on the day before, the day of and the day after (specification section 1 and
 * 3): calendar months, the boundary day belonging to the later category, end-of-month clipping.
 */
class TimingBoundariesTest {

  private static Outcome evaluate(
      SiteClass site, LocalDate diagnosis, LocalDate endOfTherapy, LocalDate relapse) {
    RelapseCase relapseCase =
        Cases.withSite(Cases.firstRelapse(Immunophenotype.B_PRECURSOR), site)
            .diagnosisDate(diagnosis)
            .endOfTherapyDate(endOfTherapy)
            .relapseDate(relapse)
            .build();
    return BundledKnowledgeBase.get().evaluate(relapseCase);
  }

  @ParameterizedTest(name = "D0 {0}, relapse on therapy {1}: BFM and UK {2}")
  @CsvSource({
    // 18 months after 2015-01-10 is 2016-07-10
    "2015-01-10, 2016-07-09, VERY_EARLY",
    "2015-01-10, 2016-07-10, EARLY",
    "2015-01-10, 2016-07-11, EARLY",
    // 18 months after 31 August 2014 is clipped to 29 February 2016
    "2014-08-31, 2016-02-28, VERY_EARLY",
    "2014-08-31, 2016-02-29, EARLY",
    "2014-08-31, 2016-03-01, EARLY",
    // 18 months after 31 August 2015 is clipped to 28 February 2017
    "2015-08-31, 2017-02-27, VERY_EARLY",
    "2015-08-31, 2017-02-28, EARLY",
  })
  void veryEarlyEndsOnTheDay18MonthsAfterDiagnosis(
      LocalDate diagnosis, LocalDate relapse, TimingCategory expected) {
    Outcome outcome = evaluate(SiteClass.ISOLATED_MARROW, diagnosis, null, relapse);

    assertThat(timing(outcome, Scheme.BFM)).isEqualTo(expected);
    assertThat(timing(outcome, Scheme.UK_R3)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "end of therapy {0}, relapse {1}: BFM and UK {2}")
  @CsvSource({
    // 6 months after 2017-01-10 is 2017-07-10
    "2017-01-10, 2017-07-09, EARLY",
    "2017-01-10, 2017-07-10, LATE",
    "2017-01-10, 2017-07-11, LATE",
    // 31 August + 6 months is clipped to 28 February
    "2017-08-31, 2018-02-27, EARLY",
    "2017-08-31, 2018-02-28, LATE",
    "2017-08-31, 2018-03-01, LATE",
    // ... and to 29 February in a leap year
    "2015-08-31, 2016-02-28, EARLY",
    "2015-08-31, 2016-02-29, LATE",
  })
  void lateStartsOnTheDay6MonthsAfterTheEndOfTherapy(
      LocalDate endOfTherapy, LocalDate relapse, TimingCategory expected) {
    Outcome outcome =
        evaluate(SiteClass.ISOLATED_MARROW, LocalDate.of(2013, 1, 10), endOfTherapy, relapse);

    assertThat(timing(outcome, Scheme.BFM)).isEqualTo(expected);
    assertThat(timing(outcome, Scheme.UK_R3)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "D0 {0}, marrow relapse {1}: COG {2}")
  @CsvSource({
    // 36 months after 2015-01-10 is 2018-01-10
    "2015-01-10, 2018-01-09, EARLY",
    "2015-01-10, 2018-01-10, LATE",
    "2015-01-10, 2018-01-11, LATE",
    // 36 months after 29 February 2012 is clipped to 28 February 2015
    "2012-02-29, 2015-02-27, EARLY",
    "2012-02-29, 2015-02-28, LATE",
    "2012-02-29, 2015-03-01, LATE",
  })
  void cogMarrowRelapseIsLateFrom36MonthsAfterDiagnosis(
      LocalDate diagnosis, LocalDate relapse, TimingCategory expected) {
    for (SiteClass site : new SiteClass[] {SiteClass.ISOLATED_MARROW, SiteClass.COMBINED}) {
      Outcome outcome = evaluate(site, diagnosis, null, relapse);

      assertThat(timing(outcome, Scheme.COG)).as(site.name()).isEqualTo(expected);
    }
  }

  @ParameterizedTest(name = "D0 {0}, isolated extramedullary relapse {1}: COG {2}")
  @CsvSource({
    "2015-01-10, 2016-07-09, EARLY",
    "2015-01-10, 2016-07-10, LATE",
    "2015-01-10, 2016-07-11, LATE",
    "2014-08-31, 2016-02-28, EARLY",
    "2014-08-31, 2016-02-29, LATE",
  })
  void cogIsolatedExtramedullaryRelapseIsLateFrom18MonthsAfterDiagnosis(
      LocalDate diagnosis, LocalDate relapse, TimingCategory expected) {
    Outcome outcome = evaluate(SiteClass.ISOLATED_EXTRAMEDULLARY, diagnosis, null, relapse);

    assertThat(timing(outcome, Scheme.COG)).isEqualTo(expected);
  }

  @Test
  void relapseAt40MonthsOnFrontlineTherapyIsEarlyForBfmAndUkButLateForCog() {
    Outcome outcome =
        evaluate(
            SiteClass.ISOLATED_MARROW, LocalDate.of(2015, 1, 10), null, LocalDate.of(2018, 5, 10));

    assertThat(timing(outcome, Scheme.BFM)).isEqualTo(TimingCategory.EARLY);
    assertThat(timing(outcome, Scheme.UK_R3)).isEqualTo(TimingCategory.EARLY);
    assertThat(timing(outcome, Scheme.COG)).isEqualTo(TimingCategory.LATE);
  }

  @Test
  void relapseOnFrontlineTherapyIsNeverLateForBfmOrUkEvenYearsAfterDiagnosis() {
    Outcome outcome =
        evaluate(
            SiteClass.ISOLATED_MARROW, LocalDate.of(2010, 1, 10), null, LocalDate.of(2019, 5, 10));

    assertThat(timing(outcome, Scheme.BFM)).isEqualTo(TimingCategory.EARLY);
    assertThat(timing(outcome, Scheme.UK_R3)).isEqualTo(TimingCategory.EARLY);
  }

  @Test
  void relapseWithin18MonthsOfDiagnosisIsVeryEarlyEvenLongAfterTheEndOfTherapy() {
    Outcome outcome =
        evaluate(
            SiteClass.ISOLATED_MARROW,
            LocalDate.of(2015, 1, 10),
            LocalDate.of(2015, 3, 10),
            LocalDate.of(2016, 7, 9));

    assertThat(timing(outcome, Scheme.BFM)).isEqualTo(TimingCategory.VERY_EARLY);
  }
}
