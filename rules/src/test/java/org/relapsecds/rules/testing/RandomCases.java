package org.relapsecds.rules.testing;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.relapsecds.rules.model.CnsStatus;
import org.relapsecds.rules.model.ExtramedullarySite;
import org.relapsecds.rules.model.GeneticLesion;
import org.relapsecds.rules.model.Immunophenotype;
import org.relapsecds.rules.model.MarkerStatus;
import org.relapsecds.rules.model.RelapseCase;
import org.relapsecds.rules.model.Sex;
import org.relapsecds.rules.model.TesticularInvolvement;

/**
 * Random valid cases for properties. Dates, marrow and MRD lean towards the cut-offs (18 and 36
 * months after diagnosis, 6 months after the end of therapy, 5 and 25 %, 1e-4 and 1e-3) so the
 * boundaries are hit often, not only by luck.
 */
public final class RandomCases {
  private RandomCases() {}

  /** The dates of one case. */
  public record Dates(
      LocalDate birth, LocalDate diagnosis, LocalDate endOfTherapy, LocalDate relapse) {}

  /** Any valid case, first relapse most of the time. */
  public static Arbitrary<RelapseCase> validCases() {
    return Builders.withBuilder(RelapseCase::builder)
        .use(dates())
        .in(
            (b, d) ->
                b.birthDate(d.birth())
                    .diagnosisDate(d.diagnosis())
                    .endOfTherapyDate(d.endOfTherapy())
                    .relapseDate(d.relapse()))
        .use(Arbitraries.of(Immunophenotype.class))
        .in(RelapseCase.Builder::diagnosisImmunophenotype)
        .use(Arbitraries.of(Immunophenotype.class).injectNull(0.85))
        .in(RelapseCase.Builder::relapseImmunophenotype)
        .use(Arbitraries.of(Sex.class))
        .in(RelapseCase.Builder::sex)
        .use(Arbitraries.of(CnsStatus.class).injectNull(0.5))
        .in(RelapseCase.Builder::diagnosisCnsStatus)
        .use(marrowBlastPercent())
        .in(RelapseCase.Builder::marrowBlastPercent)
        .use(Arbitraries.subsetOf(ExtramedullarySite.values()))
        .in((b, sites) -> b.extramedullarySites(sites))
        .use(Arbitraries.of(CnsStatus.class).injectNull(0.5))
        .in(RelapseCase.Builder::relapseCnsStatus)
        .use(Arbitraries.of(TesticularInvolvement.class).injectNull(0.75))
        .in(RelapseCase.Builder::testicularInvolvement)
        .use(Arbitraries.of(true, false))
        .in(RelapseCase.Builder::confirmedByOtherMethod)
        .use(Arbitraries.of(MarkerStatus.class))
        .in(RelapseCase.Builder::cd19)
        .use(Arbitraries.of(MarkerStatus.class))
        .in(RelapseCase.Builder::cd22)
        .use(Arbitraries.subsetOf(GeneticLesion.values()).ofMaxSize(3))
        .in((b, genetics) -> b.genetics(genetics))
        .use(Arbitraries.of(true, false).injectNull(0.3))
        .in(RelapseCase.Builder::secondRemission)
        .use(mrd())
        .in(RelapseCase.Builder::mrd)
        .use(Arbitraries.frequency(Tuple.of(8, 1), Tuple.of(1, 2), Tuple.of(1, 3)))
        .in(RelapseCase.Builder::relapseNumber)
        .use(Arbitraries.integers().between(0, 5))
        .in(RelapseCase.Builder::priorRegimens)
        .use(Arbitraries.frequency(Tuple.of(9, false), Tuple.of(1, true)))
        .in(RelapseCase.Builder::priorHsct)
        .use(Arbitraries.of(true, false))
        .in(RelapseCase.Builder::asparaginaseHypersensitivity)
        .use(Arbitraries.of(true, false))
        .in(RelapseCase.Builder::priorCranialIrradiation)
        .build(RelapseCase.Builder::build);
  }

  /** Birth 1995-2005, diagnosis at 0-20 years, relapse 0-8 years later, often near a cut-off. */
  public static Arbitrary<Dates> dates() {
    Arbitrary<Integer> birthDay = Arbitraries.integers().between(0, 3650);
    Arbitrary<Integer> ageAtDiagnosisDays = Arbitraries.integers().between(0, 20 * 365);
    Arbitrary<LocalDateOffset> relapseOffset =
        Arbitraries.oneOf(
            Arbitraries.integers().between(0, 8 * 365).map(LocalDateOffset::days),
            Combinators.combine(Arbitraries.of(6, 12, 18, 24, 36, 48), Arbitraries.of(-1, 0, 1))
                .as(LocalDateOffset::monthsAndDays));
    // Share of the diagnosis-to-relapse interval after which frontline therapy ended; null while
    // on therapy. The "six months before relapse" branch lands on the early/late cut-off.
    Arbitrary<Integer> endOfTherapyPermille =
        Arbitraries.integers().between(0, 1000).injectNull(0.3);
    Arbitrary<Integer> sixMonthsBeforeRelapseShift = Arbitraries.of(-1, 0, 1).injectNull(0.6);
    return Combinators.combine(
            birthDay,
            ageAtDiagnosisDays,
            relapseOffset,
            endOfTherapyPermille,
            sixMonthsBeforeRelapseShift)
        .as(
            (b, age, offset, permille, shift) -> {
              LocalDate birth = LocalDate.of(1995, 1, 1).plusDays(b);
              LocalDate diagnosis = birth.plusDays(age);
              LocalDate relapse = offset.from(diagnosis);
              LocalDate endOfTherapy = null;
              if (permille != null) {
                long span = relapse.toEpochDay() - diagnosis.toEpochDay();
                endOfTherapy = diagnosis.plusDays(span * permille / 1000);
                if (shift != null) {
                  LocalDate nearCutOff = relapse.minusMonths(6).plusDays(shift);
                  if (!nearCutOff.isBefore(diagnosis)) {
                    endOfTherapy = nearCutOff;
                  }
                }
              }
              return new Dates(birth, diagnosis, endOfTherapy, relapse);
            });
  }

  /** A time after diagnosis: a number of days, or whole months give or take a day. */
  public record LocalDateOffset(int months, int days) {
    static LocalDateOffset days(int days) {
      return new LocalDateOffset(0, days);
    }

    static LocalDateOffset monthsAndDays(int months, int days) {
      return new LocalDateOffset(months, days);
    }

    LocalDate from(LocalDate start) {
      LocalDate date = start.plusMonths(months).plusDays(days);
      return date.isBefore(start) ? start : date;
    }
  }

  static Arbitrary<Double> marrowBlastPercent() {
    return Arbitraries.oneOf(
        Arbitraries.of(0.0, 4.9, 5.0, 24.9, 25.0, 100.0),
        Arbitraries.doubles().between(0, 100).ofScale(1));
  }

  static Arbitrary<Double> mrd() {
    return Arbitraries.oneOf(
            Arbitraries.of(
                0.0,
                Math.nextDown(1e-4),
                1e-4,
                Math.nextUp(1e-4),
                5e-4,
                Math.nextDown(1e-3),
                1e-3,
                Math.nextUp(1e-3),
                0.05,
                1.0),
            Arbitraries.doubles().between(0, 0.01))
        .injectNull(0.3);
  }
}
