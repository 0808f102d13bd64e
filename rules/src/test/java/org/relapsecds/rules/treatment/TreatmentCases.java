package org.relapsecds.rules.treatment;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Named;
import org.relapsecds.rules.engine.Explained;
import org.relapsecds.rules.engine.Outcome;
import org.relapsecds.rules.model.Alert;
import org.relapsecds.rules.model.AlertCode;
import org.relapsecds.rules.model.CnsStatus;
import org.relapsecds.rules.model.ExtramedullarySite;
import org.relapsecds.rules.model.Immunophenotype;
import org.relapsecds.rules.model.Recommendation;
import org.relapsecds.rules.model.RecommendationCode;
import org.relapsecds.rules.model.RelapseCase;
import org.relapsecds.rules.model.TimingCategory;
import org.relapsecds.rules.testing.BundledKnowledgeBase;
import org.relapsecds.rules.testing.Cases;

/**
 * Clinical situations for the treatment rules, on the dates of the specification's vignettes (D0
 * 2015-01-10, end of therapy 2017-01-10, relapse 2019-05-10 unless said), evaluated against the
 * bundled knowledge base.
 */
final class TreatmentCases {
  /** The relapse date of the late cases; ages are set relative to it. */
  static final LocalDate RELAPSE = LocalDate.of(2019, 5, 10);

  private TreatmentCases() {}

  static Outcome evaluate(RelapseCase.Builder builder) {
    return evaluate(builder.build());
  }

  static Outcome evaluate(RelapseCase relapseCase) {
    return BundledKnowledgeBase.get().evaluate(relapseCase);
  }

  /** Late isolated marrow relapse of B-precursor ALL (BFM S2, UK intermediate, COG late). */
  static RelapseCase.Builder lateMarrowBcp() {
    return Cases.firstRelapse(Immunophenotype.B_PRECURSOR);
  }

  /** Very early isolated marrow relapse of B-precursor ALL (BFM S4, UK high, COG high). */
  static RelapseCase.Builder veryEarlyMarrowBcp() {
    return Cases.withBfmTiming(
        Cases.firstRelapse(Immunophenotype.B_PRECURSOR), TimingCategory.VERY_EARLY);
  }

  /** Late isolated CNS relapse (marrow 2 %, CNS3) at 52 months from diagnosis. */
  static RelapseCase.Builder lateIsolatedCns(Immunophenotype phenotype) {
    return Cases.firstRelapse(phenotype)
        .marrowBlastPercent(2)
        .extramedullarySites(ExtramedullarySite.CNS)
        .relapseCnsStatus(CnsStatus.CNS3);
  }

  /** Late isolated testicular relapse (marrow 2 %) of B-precursor ALL. */
  static RelapseCase.Builder lateIsolatedTestisBcp() {
    return lateMarrowBcp().marrowBlastPercent(2).extramedullarySites(ExtramedullarySite.TESTIS);
  }

  /** A second marrow relapse of B-precursor ALL, after frontline and one relapse regimen. */
  static RelapseCase.Builder secondRelapseBcp() {
    return lateMarrowBcp().relapseNumber(2).priorRegimens(2);
  }

  /** A first marrow relapse of B-precursor ALL that did not reach CR2 after reinduction. */
  static RelapseCase.Builder refractoryFirstRelapseBcp() {
    return veryEarlyMarrowBcp().secondRemission(false);
  }

  /** A marrow with 2 % blasts and no extramedullary site: relapse not established. */
  static RelapseCase.Builder notEstablished() {
    return lateMarrowBcp().marrowBlastPercent(2).extramedullarySites();
  }

  /** Sets the birth date so that the patient has the given completed years at {@link #RELAPSE}. */
  static RelapseCase.Builder agedAtRelapse(RelapseCase.Builder builder, int completedYears) {
    return builder
        .relapseDate(RELAPSE)
        .birthDate(RELAPSE.minusYears(completedYears + 1L).plusDays(1));
  }

  /** Sets the birth date so that the relapse falls on the patient's birthday of the given age. */
  static RelapseCase.Builder birthdayAtRelapse(RelapseCase.Builder builder, int years) {
    return builder.relapseDate(RELAPSE).birthDate(RELAPSE.minusYears(years));
  }

  /** An infant: born 2018-09-01, diagnosed 2018-10-01, relapse on therapy 2019-05-10 (age 0). */
  static RelapseCase.Builder infant(RelapseCase.Builder builder) {
    return builder
        .birthDate(LocalDate.of(2018, 9, 1))
        .diagnosisDate(LocalDate.of(2018, 10, 1))
        .endOfTherapyDate(null)
        .relapseDate(RELAPSE);
  }

  /** A case with the clinical description that names it in test reports. */
  static Named<RelapseCase> named(String situation, RelapseCase.Builder relapse) {
    return Named.of(situation, relapse.build());
  }

  static Set<RecommendationCode> recommendationCodes(Outcome outcome) {
    return outcome.recommendations().stream()
        .map(e -> e.item().code())
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(RecommendationCode.class)));
  }

  static Set<AlertCode> alertCodes(Outcome outcome) {
    return outcome.alerts().stream()
        .map(e -> e.item().code())
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(AlertCode.class)));
  }

  /** The recommendations of one code, with the rule that gave each. */
  static List<Explained<Recommendation>> explained(Outcome outcome, RecommendationCode code) {
    return outcome.recommendations().stream().filter(e -> e.item().code() == code).toList();
  }

  /** The alerts of one code, with the rule that gave each. */
  static List<Explained<Alert>> explained(Outcome outcome, AlertCode code) {
    return outcome.alerts().stream().filter(e -> e.item().code() == code).toList();
  }
}
