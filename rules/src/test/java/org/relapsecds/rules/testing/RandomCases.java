package org.relapsecds.rules.testing;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.relapsecds.rules.testing.Gens.of;
import static org.relapsecds.rules.testing.Gens.orNull;
import static org.relapsecds.rules.testing.Gens.subsetOf;

import java.time.LocalDate;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
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
  public static Gen<RelapseCase> validCases() {
    return Gens.withBuilder(RelapseCase::builder)
        .use(dates())
        .in(
            (b, d) ->
                b.birthDate(d.birth())
                    .diagnosisDate(d.diagnosis())
                    .endOfTherapyDate(d.endOfTherapy())
                    .relapseDate(d.relapse()))
        .use(of(Immunophenotype.class))
        .in(RelapseCase.Builder::diagnosisImmunophenotype)
        .use(orNull(of(Immunophenotype.class), 0.85))
        .in(RelapseCase.Builder::relapseImmunophenotype)
        .use(of(Sex.class))
        .in(RelapseCase.Builder::sex)
        .use(orNull(of(CnsStatus.class), 0.5))
        .in(RelapseCase.Builder::diagnosisCnsStatus)
        .use(marrowBlastPercent())
        .in(RelapseCase.Builder::marrowBlastPercent)
        .use(subsetOf(ExtramedullarySite.class))
        .in((b, sites) -> b.extramedullarySites(sites))
        .use(orNull(of(CnsStatus.class), 0.5))
        .in(RelapseCase.Builder::relapseCnsStatus)
        .use(orNull(of(TesticularInvolvement.class), 0.75))
        .in(RelapseCase.Builder::testicularInvolvement)
        .use(booleans().all())
        .in(RelapseCase.Builder::confirmedByOtherMethod)
        .use(of(MarkerStatus.class))
        .in(RelapseCase.Builder::cd19)
        .use(of(MarkerStatus.class))
        .in(RelapseCase.Builder::cd22)
        .use(subsetOf(3, GeneticLesion.class))
        .in((b, genetics) -> b.genetics(genetics))
        .use(orNull(booleans().all(), 0.3))
        .in(RelapseCase.Builder::secondRemission)
        .use(mrd())
        .in(RelapseCase.Builder::mrd)
        .use(
            Generate.frequency(
                Pair.of(8, Generate.constant(1)),
                Pair.of(1, Generate.constant(2)),
                Pair.of(1, Generate.constant(3))))
        .in(RelapseCase.Builder::relapseNumber)
        .use(integers().between(0, 5))
        .in(RelapseCase.Builder::priorRegimens)
        .use(
            Generate.frequency(
                Pair.of(9, Generate.constant(false)), Pair.of(1, Generate.constant(true))))
        .in(RelapseCase.Builder::priorHsct)
        .use(booleans().all())
        .in(RelapseCase.Builder::asparaginaseHypersensitivity)
        .use(booleans().all())
        .in(RelapseCase.Builder::priorCranialIrradiation)
        .build(RelapseCase.Builder::build);
  }

  /** Birth 1995-2005, diagnosis at 0-20 years, relapse 0-8 years later, often near a cut-off. */
  public static Gen<Dates> dates() {
    Gen<Integer> birthDay = integers().between(0, 3650);
    Gen<Integer> ageAtDiagnosisDays = integers().between(0, 20 * 365);
    Gen<LocalDateOffset> relapseOffset =
        Generate.oneOf(
            integers().between(0, 8 * 365).map(LocalDateOffset::days),
            of(6, 12, 18, 24, 36, 48).zip(of(-1, 0, 1), LocalDateOffset::monthsAndDays));
    // Share of the diagnosis-to-relapse interval after which frontline therapy ended; null while
    // on therapy. The "six months before relapse" branch lands on the early/late cut-off.
    Gen<Integer> endOfTherapyPermille = orNull(integers().between(0, 1000), 0.3);
    Gen<Integer> sixMonthsBeforeRelapseShift = orNull(of(-1, 0, 1), 0.6);
    return birthDay.zip(
        ageAtDiagnosisDays,
        relapseOffset,
        endOfTherapyPermille,
        sixMonthsBeforeRelapseShift,
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

  static Gen<Double> marrowBlastPercent() {
    return Generate.oneOf(
        of(0.0, 4.9, 5.0, 24.9, 25.0, 100.0),
        // one decimal place, as a report gives it
        integers().between(0, 1000).map(tenths -> tenths / 10.0));
  }

  static Gen<Double> mrd() {
    return orNull(
        Generate.oneOf(
            of(
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
            doubles().between(0, 0.01)),
        0.3);
  }
}
