package org.relapsecds.rules.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The builder rejects every contract violation at once, naming each field by its API path. */
class RelapseCaseTest {

  private static RelapseCase.Builder valid() {
    return RelapseCase.builder()
        .caseId("demo-001")
        .birthDate(LocalDate.of(2008, 3, 2))
        .diagnosisDate(LocalDate.of(2015, 1, 10))
        .diagnosisImmunophenotype(Immunophenotype.B_PRECURSOR)
        .endOfTherapyDate(LocalDate.of(2017, 1, 10))
        .relapseDate(LocalDate.of(2018, 7, 10))
        .marrowBlastPercent(35);
  }

  private static List<String> violatedFields(RelapseCase.Builder builder) {
    try {
      builder.build();
    } catch (InvalidCaseException e) {
      return e.violations().stream().map(FieldViolation::field).toList();
    }
    return List.of();
  }

  @Test
  void aCaseWithOnlyTheRequiredFactsGetsTheContractDefaults() {
    RelapseCase relapseCase = valid().caseId(null).endOfTherapyDate(null).build();

    assertThat(relapseCase.relapseNumber()).isEqualTo(1);
    assertThat(relapseCase.priorRegimens()).as("not sent is not 1 (v2)").isNull();
    assertThat(relapseCase.sex()).isEqualTo(Sex.UNKNOWN);
    assertThat(relapseCase.cd19()).isEqualTo(MarkerStatus.UNKNOWN);
    assertThat(relapseCase.cd22()).isEqualTo(MarkerStatus.UNKNOWN);
    assertThat(relapseCase.extramedullarySites()).isEmpty();
    assertThat(relapseCase.genetics()).isEmpty();
    assertThat(relapseCase.isOnFrontlineTherapy()).isTrue();
    assertThat(relapseCase.priorHsct()).isFalse();
    assertThat(relapseCase.confirmedByOtherMethod()).isFalse();
    assertThat(relapseCase.mrd()).isNull();
    assertThat(relapseCase.secondRemission()).isNull();
  }

  @Test
  void everyMissingRequiredFactIsNamedAtOnce() {
    assertThat(violatedFields(RelapseCase.builder()))
        .containsExactlyInAnyOrder(
            "patient.birthDate",
            "diagnosis.date",
            "diagnosis.immunophenotype",
            "relapse.date",
            "relapse.marrowBlastPercent");
  }

  @ParameterizedTest(name = "marrow {0} % is rejected")
  @ValueSource(doubles = {-0.1, 100.1, Double.NaN})
  void marrowOutside0To100PercentIsRejected(double blasts) {
    assertThat(violatedFields(valid().marrowBlastPercent(blasts)))
        .containsExactly("relapse.marrowBlastPercent");
  }

  @ParameterizedTest(name = "marrow {0} % is accepted")
  @ValueSource(doubles = {0, 100})
  void marrowAt0And100PercentIsAccepted(double blasts) {
    assertThat(violatedFields(valid().marrowBlastPercent(blasts))).isEmpty();
  }

  @ParameterizedTest(name = "MRD {0} is rejected")
  @ValueSource(doubles = {-1e-9, 1.0000001, Double.NaN})
  void mrdOutside0To1IsRejected(double mrd) {
    assertThat(violatedFields(valid().mrd(mrd))).containsExactly("response.mrd");
  }

  @Test
  void impossibleDateOrdersAreRejectedPerField() {
    assertThat(violatedFields(valid().relapseDate(LocalDate.of(2014, 12, 31))))
        .contains("relapse.date");
    assertThat(violatedFields(valid().endOfTherapyDate(LocalDate.of(2014, 12, 31))))
        .containsExactly("frontlineTherapy.endDate");
    assertThat(violatedFields(valid().endOfTherapyDate(LocalDate.of(2018, 7, 11))))
        .containsExactly("frontlineTherapy.endDate");
    assertThat(violatedFields(valid().birthDate(LocalDate.of(2015, 1, 11))))
        .containsExactly("patient.birthDate");
  }

  @Test
  void sameDayDiagnosisEndOfTherapyAndRelapseAreAllowed() {
    LocalDate day = LocalDate.of(2015, 1, 10);
    assertThat(
            violatedFields(
                valid().birthDate(day).diagnosisDate(day).endOfTherapyDate(day).relapseDate(day)))
        .isEmpty();
  }

  @Test
  void outOfRangeCountsAndTooLongCaseIdsAreRejected() {
    assertThat(violatedFields(valid().relapseNumber(0))).containsExactly("relapse.number");
    assertThat(violatedFields(valid().priorRegimens(-1))).containsExactly("history.priorRegimens");
    assertThat(violatedFields(valid().caseId("x".repeat(65)))).containsExactly("caseId");
    assertThat(violatedFields(valid().caseId("x".repeat(64)))).isEmpty();
  }

  @Test
  void theExceptionMessageNamesTheFieldsButCarriesNoPersonalData() {
    assertThatThrownBy(() -> valid().marrowBlastPercent(101).build())
        .isInstanceOf(InvalidCaseException.class)
        .hasMessageContaining("relapse.marrowBlastPercent")
        .hasMessageNotContaining("2008-03-02");
  }

  @Test
  void theCaseCannotBeChangedThroughTheCollectionsItWasBuiltFrom() {
    List<ExtramedullarySite> sites = new ArrayList<>(List.of(ExtramedullarySite.CNS));
    RelapseCase relapseCase = valid().extramedullarySites(sites).build();

    sites.add(ExtramedullarySite.TESTIS);

    assertThat(relapseCase.extramedullarySites()).containsExactly(ExtramedullarySite.CNS);
    assertThatThrownBy(() -> relapseCase.extramedullarySites().add(ExtramedullarySite.OTHER))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void toBuilderReproducesAnEqualCase() {
    RelapseCase relapseCase =
        valid()
            .extramedullarySites(ExtramedullarySite.TESTIS)
            .testicularInvolvement(TesticularInvolvement.BILATERAL)
            .genetics(GeneticLesion.ETV6_RUNX1)
            .mrd(2e-4)
            .secondRemission(true)
            .build();

    assertThat(relapseCase.toBuilder().build())
        .isEqualTo(relapseCase)
        .hasSameHashCodeAs(relapseCase);
    assertThat(relapseCase.toBuilder().mrd(3e-4).build()).isNotEqualTo(relapseCase);
  }

  @Test
  void toStringLeavesOutTheBirthDateAndCaseId() {
    assertThat(valid().build().toString()).doesNotContain("2008").doesNotContain("demo-001");
  }

  @Test
  void thePhenotypeAtRelapseClassifiesWhenReported() {
    assertThat(valid().build().getImmunophenotype()).isEqualTo(Immunophenotype.B_PRECURSOR);
    assertThat(
            valid().relapseImmunophenotype(Immunophenotype.T_LINEAGE).build().getImmunophenotype())
        .isEqualTo(Immunophenotype.T_LINEAGE);
  }

  /** The case of {@link #valid()} through the canonical constructor, unset facts null. */
  private static RelapseCase constructed(LocalDate birthDate, int relapseNumber, double marrow) {
    return new RelapseCase(
        "demo-001",
        birthDate,
        null,
        LocalDate.of(2015, 1, 10),
        Immunophenotype.B_PRECURSOR,
        null,
        LocalDate.of(2017, 1, 10),
        LocalDate.of(2018, 7, 10),
        relapseNumber,
        marrow,
        null,
        null,
        null,
        false,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        false,
        false,
        false);
  }

  @Test
  void theConstructorChecksTheInvariantsAndAppliesTheDefaultsLikeTheBuilder() {
    assertThat(constructed(LocalDate.of(2008, 3, 2), 1, 35)).isEqualTo(valid().build());
    assertThatThrownBy(() -> constructed(null, 0, Double.NaN))
        .isInstanceOfSatisfying(
            InvalidCaseException.class,
            e ->
                assertThat(e.violations())
                    .extracting(FieldViolation::field)
                    .containsExactly(
                        "patient.birthDate", "relapse.marrowBlastPercent", "relapse.number"));
  }
}
