package org.relapsecds.rules.treatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.relapsecds.rules.treatment.TreatmentCases.evaluate;
import static org.relapsecds.rules.treatment.TreatmentCases.explained;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.relapsecds.rules.engine.Explained;
import org.relapsecds.rules.engine.Outcome;
import org.relapsecds.rules.model.Alert;
import org.relapsecds.rules.model.AlertCode;
import org.relapsecds.rules.model.ExtramedullarySite;
import org.relapsecds.rules.model.Immunophenotype;
import org.relapsecds.rules.model.RelapseCase;
import org.relapsecds.rules.testing.Cases;

/** Outcome figures attached to the case they describe (outcome-figures.drl; section 8). */
class OutcomeFiguresTest {

  private static RelapseCase.Builder site(String site) {
    return switch (site) {
      case "isolated marrow" -> TreatmentCases.lateMarrowBcp();
      case "isolated CNS" -> TreatmentCases.lateIsolatedCns(Immunophenotype.B_PRECURSOR);
      case "isolated testicular" -> TreatmentCases.lateIsolatedTestisBcp();
      case "combined" ->
          TreatmentCases.lateMarrowBcp().extramedullarySites(ExtramedullarySite.OTHER);
      default -> throw new IllegalArgumentException(site);
    };
  }

  private static List<Explained<Alert>> figuresCiting(Outcome outcome, String source) {
    return explained(outcome, AlertCode.OUTCOME_FIGURES).stream()
        .filter(e -> e.rule().evidenceKeys().contains(source))
        .toList();
  }

  @ParameterizedTest(name = "CCG: {0} relapse {1} months from diagnosis: 6-year survival {2} %")
  @CsvSource({
    "isolated marrow,     17, 6",
    "isolated marrow,     18, 11",
    "isolated marrow,     35, 11",
    "isolated marrow,     36, 43",
    "isolated CNS,        17, 33",
    "isolated CNS,        18, 59",
    "isolated CNS,        36, 72",
    "isolated testicular, 17, 52",
    "isolated testicular, 35, 57",
    "isolated testicular, 36, 81",
    "combined,            17, 9",
    "combined,            18, 11",
    "combined,            52, 49",
  })
  void ccgSurvivalFigureMatchesTheSiteAndTimeBandOfTheCase(String site, int months, int survival) {
    Outcome outcome = evaluate(Cases.monthsAfterDiagnosis(site(site), months));

    assertThat(figuresCiting(outcome, "Gaynon1998"))
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.item().message())
                    .contains(site + " relapse")
                    .contains("was " + survival + " %"));
  }

  @Test
  void ccgGivesNoFigureForAnExtramedullaryRelapseOfSeveralSites() {
    Outcome outcome =
        evaluate(
            TreatmentCases.lateIsolatedCns(Immunophenotype.B_PRECURSOR)
                .extramedullarySites(ExtramedullarySite.CNS, ExtramedullarySite.TESTIS));

    assertThat(figuresCiting(outcome, "Gaynon1998")).isEmpty();
  }

  @ParameterizedTest(name = "{0} months from diagnosis: COG 1988-2002 figure mentions \"{1}\"")
  @CsvSource({"17, 'as here'", "18, 'this one was later'"})
  void cogSurvivalAfterRelapseIsGivenWithTheEarlyRelapseFigure(int months, String phrase) {
    Outcome outcome = evaluate(Cases.monthsAfterDiagnosis(TreatmentCases.lateMarrowBcp(), months));

    assertThat(figuresCiting(outcome, "Nguyen2008"))
        .singleElement()
        .satisfies(e -> assertThat(e.item().message()).contains("36 %", "21.0 %", phrase));
  }

  @ParameterizedTest(name = "{0}: AALL0433 figure {1}")
  @CsvSource({
    "late marrow relapse (36 months),        true",
    "early marrow relapse (35 months),       false",
    "very early isolated CNS (17 months),    true",
    "isolated CNS at 18 months,              false",
  })
  void aall0433FiguresAreForLateMarrowAndVeryEarlyIsolatedCnsRelapse(
      String situation, boolean expected) {
    RelapseCase.Builder relapse =
        switch (situation.substring(0, 10)) {
          case "late marro" -> Cases.monthsAfterDiagnosis(TreatmentCases.lateMarrowBcp(), 36);
          case "early marr" -> Cases.monthsAfterDiagnosis(TreatmentCases.lateMarrowBcp(), 35);
          case "very early" ->
              Cases.monthsAfterDiagnosis(
                  TreatmentCases.lateIsolatedCns(Immunophenotype.B_PRECURSOR), 17);
          default ->
              Cases.monthsAfterDiagnosis(
                  TreatmentCases.lateIsolatedCns(Immunophenotype.B_PRECURSOR), 18);
        };

    assertThat(figuresCiting(evaluate(relapse), "Lew2021"))
        .hasSize(expected ? 1 : 0)
        .allSatisfy(e -> assertThat(e.item().message()).contains("63.6 %", "84.9 %", "53.7 %"));
  }

  @Test
  void cytogeneticRiskFiguresAreGivenForAFirstBPrecursorRelapseWithReportedGenetics() {
    Outcome withGenetics =
        evaluate(
            TreatmentCases.lateMarrowBcp()
                .genetics(org.relapsecds.rules.model.GeneticLesion.TP53_ALTERATION));
    Outcome withoutGenetics = evaluate(TreatmentCases.lateMarrowBcp());
    Outcome tLineage =
        evaluate(
            TreatmentCases.lateMarrowBcp()
                .diagnosisImmunophenotype(Immunophenotype.T_LINEAGE)
                .genetics(org.relapsecds.rules.model.GeneticLesion.TP53_ALTERATION));

    assertThat(figuresCiting(withGenetics, "Irving2016"))
        .singleElement()
        .satisfies(e -> assertThat(e.item().message()).contains("68 %", "47 %", "26 %"));
    assertThat(figuresCiting(withoutGenetics, "Irving2016")).isEmpty();
    assertThat(figuresCiting(tLineage, "Irving2016")).isEmpty();
  }

  @Test
  void laterRelapseFiguresAreGivenForASecondRelapseOnly() {
    assertThat(figuresCiting(evaluate(TreatmentCases.secondRelapseBcp()), "Reismuller2013"))
        .singleElement()
        .satisfies(e -> assertThat(e.item().message()).contains("7 of 74", "9 %"));
    assertThat(
            figuresCiting(evaluate(TreatmentCases.refractoryFirstRelapseBcp()), "Reismuller2013"))
        .isEmpty();
  }

  @Test
  void firstRelapseFiguresAreNotGivenForASecondRelapse() {
    Outcome outcome = evaluate(TreatmentCases.secondRelapseBcp());

    assertThat(figuresCiting(outcome, "Gaynon1998")).isEmpty();
    assertThat(figuresCiting(outcome, "Nguyen2008")).isEmpty();
  }
}
