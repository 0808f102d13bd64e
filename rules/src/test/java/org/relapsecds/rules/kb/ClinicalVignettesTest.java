package org.relapsecds.rules.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.relapsecds.rules.testing.Outcomes.group;
import static org.relapsecds.rules.testing.Outcomes.groupPending;
import static org.relapsecds.rules.testing.Outcomes.hsct;
import static org.relapsecds.rules.testing.Outcomes.missing;
import static org.relapsecds.rules.testing.Outcomes.timing;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.relapsecds.rules.engine.Outcome;
import org.relapsecds.rules.model.CnsStatus;
import org.relapsecds.rules.model.HsctDecision;
import org.relapsecds.rules.model.Immunophenotype;
import org.relapsecds.rules.model.RiskStratum;
import org.relapsecds.rules.model.Scheme;
import org.relapsecds.rules.model.SiteClass;
import org.relapsecds.rules.model.TimingCategory;
import org.relapsecds.rules.testing.BundledKnowledgeBase;
import org.relapsecds.rules.testing.Cases;

/** The example vignettes of specification section 9 (D0 2015-01-10, DEOT 2017-01-10). */
class ClinicalVignettesTest {

  @Test
  void bcpMarrow60PercentAt12MonthsIsVeryEarlyS4UkHighCogEarlyHighWithHsctEverywhere() {
    Outcome outcome =
        BundledKnowledgeBase.get()
            .evaluate(
                Cases.firstRelapse(Immunophenotype.B_PRECURSOR)
                    .endOfTherapyDate(null)
                    .relapseDate(LocalDate.of(2016, 1, 10))
                    .marrowBlastPercent(60)
                    .build());

    assertThat(outcome.site()).contains(SiteClass.ISOLATED_MARROW);
    assertThat(outcome.chronology().getMonthsFromDiagnosis()).isEqualTo(12);
    assertThat(timing(outcome, Scheme.BFM)).isEqualTo(TimingCategory.VERY_EARLY);
    assertThat(group(outcome, Scheme.BFM)).isEqualTo(RiskStratum.S4);
    assertThat(group(outcome, Scheme.UK_R3)).isEqualTo(RiskStratum.HIGH);
    assertThat(timing(outcome, Scheme.COG)).isEqualTo(TimingCategory.EARLY);
    assertThat(group(outcome, Scheme.COG)).isEqualTo(RiskStratum.HIGH);
    for (Scheme scheme : Scheme.values()) {
      assertThat(hsct(outcome, scheme)).as(scheme.name()).isEqualTo(HsctDecision.INDICATED);
    }
  }

  @Test
  void bcpMarrow2PercentWithCns3At52MonthsIsLateS1UkStandardCogPendingMrd() {
    Outcome outcome =
        BundledKnowledgeBase.get()
            .evaluate(
                Cases.firstRelapse(Immunophenotype.B_PRECURSOR)
                    .relapseDate(LocalDate.of(2019, 5, 10))
                    .marrowBlastPercent(2)
                    .relapseCnsStatus(CnsStatus.CNS3)
                    .build());

    assertThat(outcome.site()).contains(SiteClass.ISOLATED_EXTRAMEDULLARY);
    assertThat(outcome.chronology().getMonthsFromDiagnosis()).isEqualTo(52);
    assertThat(timing(outcome, Scheme.BFM)).isEqualTo(TimingCategory.LATE);
    assertThat(group(outcome, Scheme.BFM)).isEqualTo(RiskStratum.S1);
    assertThat(group(outcome, Scheme.UK_R3)).isEqualTo(RiskStratum.STANDARD);
    assertThat(timing(outcome, Scheme.COG)).isEqualTo(TimingCategory.LATE);
    assertThat(group(outcome, Scheme.COG)).isNull();
    assertThat(groupPending(outcome, Scheme.COG)).isEqualTo("LOW or INTERMEDIATE");
    assertThat(missing(outcome, "response.mrd")).isNotEmpty();
    assertThat(hsct(outcome, Scheme.BFM)).isEqualTo(HsctDecision.NOT_INDICATED);
    assertThat(hsct(outcome, Scheme.UK_R3)).isEqualTo(HsctDecision.NOT_INDICATED);
    assertThat(hsct(outcome, Scheme.COG)).isEqualTo(HsctDecision.PENDING_MRD);
  }

  @Test
  void tLineageMarrow40PercentLateIsS4UkHighCogHighWithHsctEverywhere() {
    Outcome outcome =
        BundledKnowledgeBase.get()
            .evaluate(
                Cases.firstRelapse(Immunophenotype.T_LINEAGE)
                    .relapseDate(LocalDate.of(2019, 3, 10))
                    .marrowBlastPercent(40)
                    .build());

    assertThat(timing(outcome, Scheme.BFM)).isEqualTo(TimingCategory.LATE);
    assertThat(group(outcome, Scheme.BFM)).isEqualTo(RiskStratum.S4);
    assertThat(group(outcome, Scheme.UK_R3)).isEqualTo(RiskStratum.HIGH);
    assertThat(timing(outcome, Scheme.COG)).isEqualTo(TimingCategory.LATE);
    assertThat(group(outcome, Scheme.COG)).isEqualTo(RiskStratum.HIGH);
    for (Scheme scheme : Scheme.values()) {
      assertThat(hsct(outcome, scheme)).as(scheme.name()).isEqualTo(HsctDecision.INDICATED);
    }
  }

  @Test
  void bcpMarrow35PercentLateWithMrd2e4IsS2UkIntermediateCogLowAndOnlyUkTransplants() {
    Outcome outcome =
        BundledKnowledgeBase.get()
            .evaluate(
                Cases.firstRelapse(Immunophenotype.B_PRECURSOR)
                    .relapseDate(LocalDate.of(2018, 7, 10))
                    .marrowBlastPercent(35)
                    .mrd(2e-4)
                    .build());

    assertThat(outcome.chronology().getMonthsFromDiagnosis()).isEqualTo(42);
    assertThat(outcome.chronology().getMonthsFromEndOfTherapy()).isEqualTo(18);
    assertThat(timing(outcome, Scheme.BFM)).isEqualTo(TimingCategory.LATE);
    assertThat(group(outcome, Scheme.BFM)).isEqualTo(RiskStratum.S2);
    assertThat(group(outcome, Scheme.UK_R3)).isEqualTo(RiskStratum.INTERMEDIATE);
    assertThat(timing(outcome, Scheme.COG)).isEqualTo(TimingCategory.LATE);
    assertThat(group(outcome, Scheme.COG)).isEqualTo(RiskStratum.LOW);
    assertThat(hsct(outcome, Scheme.BFM)).isEqualTo(HsctDecision.NOT_INDICATED);
    assertThat(hsct(outcome, Scheme.UK_R3)).isEqualTo(HsctDecision.INDICATED);
    assertThat(hsct(outcome, Scheme.COG)).isEqualTo(HsctDecision.NOT_INDICATED);
    assertThat(missing(outcome, "response.mrd")).isEmpty();
  }
}
