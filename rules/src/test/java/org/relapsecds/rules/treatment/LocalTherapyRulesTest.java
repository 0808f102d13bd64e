package org.relapsecds.rules.treatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.relapsecds.rules.testing.Outcomes.alerts;
import static org.relapsecds.rules.testing.Outcomes.missing;
import static org.relapsecds.rules.testing.Outcomes.recommendations;
import static org.relapsecds.rules.treatment.TreatmentCases.evaluate;
import static org.relapsecds.rules.treatment.TreatmentCases.explained;
import static org.relapsecds.rules.treatment.TreatmentCases.named;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.relapsecds.rules.engine.Outcome;
import org.relapsecds.rules.model.AlertCode;
import org.relapsecds.rules.model.CnsStatus;
import org.relapsecds.rules.model.ExtramedullarySite;
import org.relapsecds.rules.model.Immunophenotype;
import org.relapsecds.rules.model.RecommendationCode;
import org.relapsecds.rules.model.RelapseCase;
import org.relapsecds.rules.model.Scheme;
import org.relapsecds.rules.model.TesticularInvolvement;
import org.relapsecds.rules.testing.Cases;

/** Cranial irradiation and testicular local therapy (local-therapy.drl; section 5.3). */
class LocalTherapyRulesTest {
  private static final String STANDARD = "Cranial irradiation 18 Gy after intensive chemotherapy";
  private static final String POG_9412 =
      "Cranial irradiation 18 Gy delayed to about 12 months of intensive chemotherapy";
  private static final String REDUCED =
      "Cranial irradiation at a reduced dose (earlier cranial irradiation)";

  static Stream<Arguments> cranialIrradiationCases() {
    Set<Scheme> bfmAndUk = EnumSet.of(Scheme.BFM, Scheme.UK_R3);
    return Stream.of(
        Arguments.of(
            named(
                "late isolated CNS relapse of B-precursor ALL, no HSCT under BFM and UK",
                TreatmentCases.lateIsolatedCns(Immunophenotype.B_PRECURSOR)),
            POG_9412,
            bfmAndUk),
        Arguments.of(
            named(
                "isolated CNS relapse of B-precursor ALL at 17 months (very early): HSCT",
                Cases.monthsAfterDiagnosis(
                    TreatmentCases.lateIsolatedCns(Immunophenotype.B_PRECURSOR), 17)),
            null,
            null),
        Arguments.of(
            named(
                "late isolated CNS relapse of T-ALL: BFM S1, UK standard, COG high",
                TreatmentCases.lateIsolatedCns(Immunophenotype.T_LINEAGE)),
            STANDARD,
            bfmAndUk),
        Arguments.of(
            named(
                "late isolated CNS relapse after earlier cranial irradiation",
                TreatmentCases.lateIsolatedCns(Immunophenotype.B_PRECURSOR)
                    .priorCranialIrradiation(true)),
            REDUCED,
            bfmAndUk),
        Arguments.of(
            named(
                "late combined CNS relapse, MRD below 1e-4: no HSCT under any scheme",
                TreatmentCases.lateMarrowBcp()
                    .relapseCnsStatus(CnsStatus.CNS3)
                    .extramedullarySites(ExtramedullarySite.CNS)
                    .mrd(5e-5)),
            STANDARD,
            EnumSet.allOf(Scheme.class)),
        Arguments.of(
            named(
                "very early combined CNS relapse: HSCT under every scheme",
                TreatmentCases.veryEarlyMarrowBcp()
                    .relapseCnsStatus(CnsStatus.CNS3)
                    .extramedullarySites(ExtramedullarySite.CNS)),
            null,
            null),
        Arguments.of(
            named(
                "late isolated marrow relapse, MRD below 1e-4: no CNS involvement",
                TreatmentCases.lateMarrowBcp().mrd(5e-5)),
            null,
            null),
        Arguments.of(
            named(
                "CNS listed with CNS2: not a CNS relapse",
                TreatmentCases.lateMarrowBcp()
                    .relapseCnsStatus(CnsStatus.CNS2)
                    .extramedullarySites(ExtramedullarySite.CNS)
                    .mrd(5e-5)),
            null,
            null),
        Arguments.of(
            named(
                "late isolated CNS relapse without CR2 after reinduction",
                TreatmentCases.lateIsolatedCns(Immunophenotype.B_PRECURSOR).secondRemission(false)),
            null,
            null));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("cranialIrradiationCases")
  void cranialIrradiationIsForCnsInvolvementUnderTheSchemesThatPlanNoTransplant(
      RelapseCase relapse, String expectedTitle, Set<Scheme> expectedSchemes) {
    Outcome outcome = evaluate(relapse);

    var found = explained(outcome, RecommendationCode.CRANIAL_IRRADIATION);
    if (expectedTitle == null) {
      assertThat(found).isEmpty();
    } else {
      assertThat(found)
          .singleElement()
          .satisfies(
              e -> {
                assertThat(e.item().title()).isEqualTo(expectedTitle);
                assertThat(e.item().schemes()).isEqualTo(expectedSchemes);
              });
    }
  }

  @Test
  void pog9412ScheduleCitesBarredoWithItsFigureAndNoSpinalIrradiation() {
    Outcome outcome = evaluate(TreatmentCases.lateIsolatedCns(Immunophenotype.B_PRECURSOR));

    assertThat(explained(outcome, RecommendationCode.CRANIAL_IRRADIATION))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.rule().evidenceKeys()).contains("Barredo2006");
              assertThat(e.item().rationale()).contains("78 +- 6 %", "without spinal");
            });
  }

  @Test
  void reducedDoseAfterEarlierCranialIrradiationIsMarkedUnverified() {
    Outcome outcome =
        evaluate(
            TreatmentCases.lateIsolatedCns(Immunophenotype.B_PRECURSOR)
                .priorCranialIrradiation(true));

    assertThat(explained(outcome, RecommendationCode.CRANIAL_IRRADIATION))
        .singleElement()
        .satisfies(e -> assertThat(e.rule().status()).isEqualTo("unverified"));
  }

  @Test
  void unilateralTesticularRelapseGetsLocalTherapyAndABiopsyOfTheOtherTestis() {
    Outcome outcome =
        evaluate(
            TreatmentCases.lateIsolatedTestisBcp()
                .testicularInvolvement(TesticularInvolvement.UNILATERAL));

    assertThat(recommendations(outcome, RecommendationCode.TESTICULAR_LOCAL_THERAPY))
        .singleElement()
        .satisfies(r -> assertThat(r.rationale()).contains("orchiectomy", "24 Gy"));
    assertThat(recommendations(outcome, RecommendationCode.CONTRALATERAL_TESTIS_BIOPSY))
        .singleElement()
        .satisfies(r -> assertThat(r.rationale()).contains("15 or 18 Gy"));
    assertThat(alerts(outcome, AlertCode.UNFAVOURABLE_PROGNOSIS)).isEmpty();
    assertThat(missing(outcome, "relapse.testicularInvolvement")).isEmpty();
  }

  @Test
  void bilateralTesticularRelapseGetsLocalTherapyAndAPrognosticAlertButNoBiopsy() {
    Outcome outcome =
        evaluate(
            TreatmentCases.lateIsolatedTestisBcp()
                .testicularInvolvement(TesticularInvolvement.BILATERAL));

    assertThat(recommendations(outcome, RecommendationCode.TESTICULAR_LOCAL_THERAPY)).hasSize(1);
    assertThat(recommendations(outcome, RecommendationCode.CONTRALATERAL_TESTIS_BIOPSY)).isEmpty();
    assertThat(alerts(outcome, AlertCode.UNFAVOURABLE_PROGNOSIS))
        .singleElement()
        .satisfies(a -> assertThat(a.message()).contains("0.48", "0.71"));
  }

  @Test
  void testicularRelapseWithoutLateralityAsksForIt() {
    Outcome outcome = evaluate(TreatmentCases.lateIsolatedTestisBcp());

    assertThat(recommendations(outcome, RecommendationCode.TESTICULAR_LOCAL_THERAPY)).hasSize(1);
    assertThat(recommendations(outcome, RecommendationCode.CONTRALATERAL_TESTIS_BIOPSY)).isEmpty();
    assertThat(missing(outcome, "relapse.testicularInvolvement")).hasSize(1);
  }

  @Test
  void combinedTesticularRelapseGetsLocalTherapyToo() {
    Outcome outcome =
        evaluate(
            TreatmentCases.veryEarlyMarrowBcp()
                .extramedullarySites(ExtramedullarySite.TESTIS)
                .testicularInvolvement(TesticularInvolvement.UNILATERAL));

    assertThat(recommendations(outcome, RecommendationCode.TESTICULAR_LOCAL_THERAPY)).hasSize(1);
    assertThat(recommendations(outcome, RecommendationCode.CONTRALATERAL_TESTIS_BIOPSY)).hasSize(1);
  }

  @Test
  void withoutTesticularInvolvementThereIsNoTesticularTherapy() {
    Outcome outcome = evaluate(TreatmentCases.lateIsolatedCns(Immunophenotype.B_PRECURSOR));

    assertThat(recommendations(outcome, RecommendationCode.TESTICULAR_LOCAL_THERAPY)).isEmpty();
    assertThat(recommendations(outcome, RecommendationCode.CONTRALATERAL_TESTIS_BIOPSY)).isEmpty();
  }
}
