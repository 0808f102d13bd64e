package org.relapsecds.rules.testing;

import java.time.LocalDate;
import org.relapsecds.rules.model.CnsStatus;
import org.relapsecds.rules.model.ExtramedullarySite;
import org.relapsecds.rules.model.GeneticLesion;
import org.relapsecds.rules.model.Immunophenotype;
import org.relapsecds.rules.model.MarkerStatus;
import org.relapsecds.rules.model.RelapseCase;
import org.relapsecds.rules.model.SiteClass;
import org.relapsecds.rules.model.TesticularInvolvement;
import org.relapsecds.rules.model.TimingCategory;

/**
 * Test cases built from clinical descriptions ("early isolated marrow relapse of B-precursor ALL")
 * with the dates of the specification's vignettes: D0 2015-01-10, born 2008-03-02.
 */
public final class Cases {
  public static final LocalDate BIRTH = LocalDate.of(2008, 3, 2);
  public static final LocalDate D0 = LocalDate.of(2015, 1, 10);
  public static final LocalDate DEOT = LocalDate.of(2017, 1, 10);

  private Cases() {}

  /** A first relapse at 52 months, 28 months after the end of therapy, marrow 60 %, no EM. */
  public static RelapseCase.Builder firstRelapse(Immunophenotype phenotype) {
    return RelapseCase.builder()
        .birthDate(BIRTH)
        .diagnosisDate(D0)
        .diagnosisImmunophenotype(phenotype)
        .endOfTherapyDate(DEOT)
        .relapseDate(LocalDate.of(2019, 5, 10))
        .marrowBlastPercent(60);
  }

  /**
   * The API contract's example: late combined relapse of B-precursor ALL (35 % marrow blasts, CNS3,
   * one testis) at 42 months, ETV6-RUNX1, CD19 positive, in second remission with MRD 2 x 10^-4.
   * Many rules fire, and the schemes disagree on transplant.
   */
  public static RelapseCase.Builder contractExample() {
    return firstRelapse(Immunophenotype.B_PRECURSOR)
        .relapseDate(LocalDate.of(2018, 7, 10))
        .marrowBlastPercent(35)
        .extramedullarySites(ExtramedullarySite.CNS)
        .relapseCnsStatus(CnsStatus.CNS3)
        .testicularInvolvement(TesticularInvolvement.UNILATERAL)
        .cd19(MarkerStatus.POSITIVE)
        .genetics(GeneticLesion.ETV6_RUNX1)
        .secondRemission(true)
        .mrd(0.0002);
  }

  /** Marrow and extramedullary findings that give the site class. */
  public static RelapseCase.Builder withSite(RelapseCase.Builder builder, SiteClass site) {
    return switch (site) {
      case ISOLATED_MARROW -> builder.marrowBlastPercent(60).extramedullarySites();
      case COMBINED ->
          builder.marrowBlastPercent(60).extramedullarySites(ExtramedullarySite.TESTIS);
      case ISOLATED_EXTRAMEDULLARY ->
          builder
              .marrowBlastPercent(2)
              .extramedullarySites(ExtramedullarySite.CNS)
              .relapseCnsStatus(CnsStatus.CNS3);
      case NOT_ESTABLISHED -> builder.marrowBlastPercent(2).extramedullarySites();
    };
  }

  /**
   * Dates that give the BFM / UK ALL R3 timing category: very early at 12 months on therapy, early
   * at 26 months and 4 months after the end of therapy, late at 52 months and 28 months after it.
   */
  public static RelapseCase.Builder withBfmTiming(
      RelapseCase.Builder builder, TimingCategory timing) {
    return switch (timing) {
      case VERY_EARLY -> builder.endOfTherapyDate(null).relapseDate(LocalDate.of(2016, 1, 10));
      case EARLY ->
          builder
              .endOfTherapyDate(LocalDate.of(2016, 11, 10))
              .relapseDate(LocalDate.of(2017, 3, 10));
      case LATE -> builder.endOfTherapyDate(DEOT).relapseDate(LocalDate.of(2019, 5, 10));
    };
  }

  /**
   * Dates that give a relapse the given number of whole months after D0, off therapy since DEOT.
   */
  public static RelapseCase.Builder monthsAfterDiagnosis(RelapseCase.Builder builder, int months) {
    LocalDate relapse = D0.plusMonths(months);
    return builder.relapseDate(relapse).endOfTherapyDate(relapse.isBefore(DEOT) ? null : DEOT);
  }

  /** A case of the given phenotype, site class and BFM / UK timing. */
  public static RelapseCase bfmCell(
      Immunophenotype phenotype, SiteClass site, TimingCategory timing) {
    return withBfmTiming(withSite(firstRelapse(phenotype), site), timing).build();
  }
}
