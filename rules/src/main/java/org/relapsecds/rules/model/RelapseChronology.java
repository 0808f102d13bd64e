package org.relapsecds.rules.model;

import java.time.LocalDate;

/**
 * Elapsed time of a relapse, computed once from the case's dates by the engine so that rules match
 * on whole calendar months and completed years instead of doing date arithmetic.
 *
 * <p>Convention (knowledge base section 1): "DR is at least N months after X" means {@code
 * !DR.isBefore(X.plusMonths(N))}; {@link #completedMonths} is the largest such N, so a rule testing
 * {@code monthsFromDiagnosis >= 18} is exactly that convention, including the clipping of the 31st
 * to the last day of a shorter month.
 */
public final class RelapseChronology {
  private final int monthsFromDiagnosis;
  private final Integer monthsFromEndOfTherapy;
  private final int ageAtRelapse;
  private final int ageAtDiagnosis;

  private RelapseChronology(
      int monthsFromDiagnosis,
      Integer monthsFromEndOfTherapy,
      int ageAtRelapse,
      int ageAtDiagnosis) {
    this.monthsFromDiagnosis = monthsFromDiagnosis;
    this.monthsFromEndOfTherapy = monthsFromEndOfTherapy;
    this.ageAtRelapse = ageAtRelapse;
    this.ageAtDiagnosis = ageAtDiagnosis;
  }

  /** The chronology of a case. */
  public static RelapseChronology of(RelapseCase relapseCase) {
    LocalDate relapse = relapseCase.relapseDate();
    LocalDate endOfTherapy = relapseCase.endOfTherapyDate();
    return new RelapseChronology(
        completedMonths(relapseCase.diagnosisDate(), relapse),
        endOfTherapy == null ? null : completedMonths(endOfTherapy, relapse),
        completedMonths(relapseCase.birthDate(), relapse) / 12,
        completedMonths(relapseCase.birthDate(), relapseCase.diagnosisDate()) / 12);
  }

  /**
   * The largest N with {@code !to.isBefore(from.plusMonths(N))}; 0 when {@code to} is before {@code
   * from.plusMonths(1)}.
   */
  public static int completedMonths(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      return 0;
    }
    // Start from the calendar estimate and correct it: plusMonths clips to month ends, so the
    // estimate can be one off in either direction.
    int months = (to.getYear() - from.getYear()) * 12 + (to.getMonthValue() - from.getMonthValue());
    while (months > 0 && to.isBefore(from.plusMonths(months))) {
      months--;
    }
    while (!to.isBefore(from.plusMonths(months + 1L))) {
      months++;
    }
    return months;
  }

  /** Whole calendar months from D0 to DR. */
  public int getMonthsFromDiagnosis() {
    return monthsFromDiagnosis;
  }

  /** Whole calendar months from DEOT to DR; null while on frontline therapy. */
  public Integer getMonthsFromEndOfTherapy() {
    return monthsFromEndOfTherapy;
  }

  /** Completed years of age at the relapse date. */
  public int getAgeAtRelapse() {
    return ageAtRelapse;
  }

  /** Completed years of age at the initial diagnosis. */
  public int getAgeAtDiagnosis() {
    return ageAtDiagnosis;
  }

  @Override
  public String toString() {
    return "RelapseChronology[monthsFromDiagnosis="
        + monthsFromDiagnosis
        + ", monthsFromEndOfTherapy="
        + monthsFromEndOfTherapy
        + ", ageAtRelapse="
        + ageAtRelapse
        + "]";
  }
}
