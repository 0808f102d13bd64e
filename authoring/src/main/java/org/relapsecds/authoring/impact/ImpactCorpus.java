package org.relapsecds.authoring.impact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.relapsecds.rules.model.CnsStatus;
import org.relapsecds.rules.model.ExtramedullarySite;
import org.relapsecds.rules.model.GeneticLesion;
import org.relapsecds.rules.model.Immunophenotype;
import org.relapsecds.rules.model.MarkerStatus;
import org.relapsecds.rules.model.RelapseCase;
import org.relapsecds.rules.model.TesticularInvolvement;

/**
 * The reference cases an edit is measured on: a grid over immunophenotype x site of relapse (with
 * marrow blasts on each side of the 5 % and 25 % grades: 0, 4.9, 5, 24.9, 25) x timing band (each
 * side of every cut-off of the clinical specification, section 1/3) x MRD band (each side of 1e-4
 * and 1e-3) x key flags (later relapse, prior HSCT, refractory, marker-negative heavily
 * pre-treated, high-risk genetics, age at the edges of the trial and label ranges).
 */
public final class ImpactCorpus {
  private static final LocalDate D0 = LocalDate.of(2015, 1, 10);
  private static final LocalDate DEOT = LocalDate.of(2017, 1, 10);
  private static final LocalDate BIRTH = LocalDate.of(2009, 3, 1);

  /** A timing band: the relapse date and whether frontline therapy had ended. */
  private record Timing(String name, LocalDate relapse, LocalDate endOfTherapy) {}

  private record Variant(String name, UnaryOperator<RelapseCase.Builder> apply) {}

  private ImpactCorpus() {}

  /** The grid (about 7,000 cases). */
  public static List<RelapseCase> grid() {
    return build(List.of(BIRTH));
  }

  /**
   * At least {@code size} cases: the grid repeated with other birth dates (ages shift across the
   * 1-18, 1-21 and 25-year limits), cut to size.
   */
  public static List<RelapseCase> ofSize(int size) {
    List<LocalDate> births = new ArrayList<>();
    List<RelapseCase> cases = new ArrayList<>();
    for (int year = 0; cases.size() < size; year += 3) {
      births.add(BIRTH.minusYears(year));
      cases = build(births);
    }
    return List.copyOf(cases.subList(0, size));
  }

  /** At most {@code max} cases taken at even steps through the list, so every dimension stays. */
  public static List<RelapseCase> sample(List<RelapseCase> cases, int max) {
    if (max <= 0 || cases.size() <= max) {
      return List.copyOf(cases);
    }
    List<RelapseCase> sample = new ArrayList<>(max);
    double step = (double) cases.size() / max;
    for (int i = 0; i < max; i++) {
      sample.add(cases.get((int) (i * step)));
    }
    return List.copyOf(sample);
  }

  private static List<RelapseCase> build(List<LocalDate> births) {
    List<RelapseCase> cases = new ArrayList<>();
    for (LocalDate birth : births) {
      for (Immunophenotype phenotype : Immunophenotype.values()) {
        for (Variant site : sites()) {
          for (Timing timing : timings()) {
            for (Double mrd : mrdBands()) {
              for (Variant flags : flags()) {
                RelapseCase.Builder b =
                    RelapseCase.builder()
                        .caseId(
                            phenotype.name().charAt(0)
                                + "/"
                                + site.name()
                                + "/"
                                + timing.name()
                                + "/mrd="
                                + mrd
                                + "/"
                                + flags.name()
                                + (birth.equals(BIRTH) ? "" : "/b" + birth.getYear()))
                        .birthDate(birth)
                        .diagnosisDate(D0)
                        .diagnosisImmunophenotype(phenotype)
                        .endOfTherapyDate(timing.endOfTherapy())
                        .relapseDate(timing.relapse())
                        .relapseNumber(1)
                        .secondRemission(true)
                        .mrd(mrd)
                        .cd19(MarkerStatus.POSITIVE)
                        .cd22(MarkerStatus.POSITIVE)
                        .priorRegimens(1);
                cases.add(flags.apply().apply(site.apply().apply(b)).build());
              }
            }
          }
        }
      }
    }
    return cases;
  }

  private static List<Variant> sites() {
    return List.of(
        new Variant("isolated-marrow", b -> b.marrowBlastPercent(25)),
        new Variant(
            "combined-cns",
            b ->
                b.marrowBlastPercent(5)
                    .extramedullarySites(ExtramedullarySite.CNS)
                    .relapseCnsStatus(CnsStatus.CNS3)),
        new Variant(
            "combined-testis",
            b ->
                b.marrowBlastPercent(24.9)
                    .extramedullarySites(ExtramedullarySite.TESTIS)
                    .testicularInvolvement(TesticularInvolvement.BILATERAL)),
        new Variant(
            "isolated-cns",
            b ->
                b.marrowBlastPercent(4.9)
                    .extramedullarySites(ExtramedullarySite.CNS)
                    .relapseCnsStatus(CnsStatus.CNS3)),
        new Variant(
            "isolated-testis",
            b ->
                b.marrowBlastPercent(0)
                    .extramedullarySites(ExtramedullarySite.TESTIS)
                    .testicularInvolvement(TesticularInvolvement.UNILATERAL)),
        // v2: a testicular laterality without TESTIS listed no longer counts as a site
        new Variant(
            "laterality-only",
            b -> b.marrowBlastPercent(30).testicularInvolvement(TesticularInvolvement.UNILATERAL)),
        new Variant("m2-confirmed", b -> b.marrowBlastPercent(24.9).confirmedByOtherMethod(true)),
        new Variant("m2-unconfirmed", b -> b.marrowBlastPercent(5)),
        new Variant(
            "cns2-only",
            b ->
                b.marrowBlastPercent(2)
                    .extramedullarySites(ExtramedullarySite.CNS)
                    .relapseCnsStatus(CnsStatus.CNS2)));
  }

  /** Each side of 18 and 36 months from diagnosis and of 6 months after the end of therapy. */
  private static List<Timing> timings() {
    LocalDate eighteen = D0.plusMonths(18);
    LocalDate thirtySix = D0.plusMonths(36);
    LocalDate sixAfterEnd = DEOT.plusMonths(6);
    return List.of(
        new Timing("on-18mo-1d", eighteen.minusDays(1), null),
        new Timing("on-18mo", eighteen, null),
        new Timing("on-36mo-1d", thirtySix.minusDays(1), null),
        new Timing("on-36mo", thirtySix, null),
        new Timing("off-6mo-1d", sixAfterEnd.minusDays(1), DEOT),
        new Timing("off-6mo", sixAfterEnd, DEOT),
        new Timing("off-36mo-1d", thirtySix.minusDays(1), DEOT),
        new Timing("off-36mo", thirtySix, DEOT),
        new Timing("off-52mo", LocalDate.of(2019, 5, 10), DEOT));
  }

  /** Not measured, and each side of the thresholds 1e-4 and 1e-3 (exactly at: high side). */
  private static List<Double> mrdBands() {
    List<Double> bands = new ArrayList<>();
    bands.add(null);
    bands.addAll(List.of(5e-5, 1e-4, 5e-4, 1e-3, 5e-2));
    return bands;
  }

  private static List<Variant> flags() {
    return List.of(
        new Variant("first", b -> b),
        new Variant("second", b -> b.relapseNumber(2).priorRegimens(2)),
        new Variant("after-hsct", b -> b.priorHsct(true).priorRegimens(2)),
        new Variant("refractory", b -> b.secondRemission(false)),
        // v2: "not sent" is not 1 prior regimen; KMT2A rearrangement decides revumenib
        new Variant("refractory-unsent", b -> b.secondRemission(false).priorRegimens(null)),
        new Variant(
            "second-kmt2a", b -> b.relapseNumber(2).genetics(GeneticLesion.KMT2A_REARRANGED)),
        new Variant(
            "neg-pretreated",
            b ->
                b.cd19(MarkerStatus.NEGATIVE)
                    .cd22(MarkerStatus.NEGATIVE)
                    .priorRegimens(3)
                    .asparaginaseHypersensitivity(true)
                    .priorCranialIrradiation(true)),
        new Variant(
            "hr-genetics",
            b ->
                b.genetics(
                    GeneticLesion.TP53_ALTERATION,
                    GeneticLesion.BCR_ABL1,
                    GeneticLesion.IKZF1_DELETION)),
        new Variant("etv6-runx1", b -> b.genetics(GeneticLesion.ETV6_RUNX1)),
        new Variant(
            "cr2-unknown", b -> b.secondRemission(null).diagnosisCnsStatus(CnsStatus.CNS3)));
  }
}
