package org.relapsecds.rules.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.relapsecds.rules.testing.Outcomes.alerts;
import static org.relapsecds.rules.testing.Outcomes.group;

import org.junit.jupiter.api.Test;
import org.relapsecds.rules.engine.Outcome;
import org.relapsecds.rules.model.Alert;
import org.relapsecds.rules.model.AlertCode;
import org.relapsecds.rules.model.Immunophenotype;
import org.relapsecds.rules.model.RiskStratum;
import org.relapsecds.rules.model.Scheme;
import org.relapsecds.rules.model.SiteClass;
import org.relapsecds.rules.testing.BundledKnowledgeBase;
import org.relapsecds.rules.testing.Cases;

/** Facts the specification does not cover are reported as such, never silently classified. */
class DataQualityTest {

  @Test
  void aLineageSwitchIsClassifiedByThePhenotypeAtRelapseAndReportedAsNotCovered() {
    // Late isolated marrow relapse: B-precursor would be BFM S2, T-lineage is S4.
    Outcome outcome =
        BundledKnowledgeBase.get()
            .evaluate(
                Cases.firstRelapse(Immunophenotype.B_PRECURSOR)
                    .relapseImmunophenotype(Immunophenotype.T_LINEAGE)
                    .build());

    assertThat(group(outcome, Scheme.BFM)).isEqualTo(RiskStratum.S4);
    assertThat(alerts(outcome, AlertCode.NOT_COVERED))
        .singleElement()
        .extracting(Alert::message)
        .asString()
        .contains("phenotype at relapse")
        .contains("lineage switch");
  }

  @Test
  void theSamePhenotypeReportedAtRelapseIsNoLineageSwitch() {
    Outcome outcome =
        BundledKnowledgeBase.get()
            .evaluate(
                Cases.firstRelapse(Immunophenotype.B_PRECURSOR)
                    .relapseImmunophenotype(Immunophenotype.B_PRECURSOR)
                    .build());

    assertThat(alerts(outcome, AlertCode.NOT_COVERED)).isEmpty();
  }

  @Test
  void confirmationByAnotherMethodOfAnM1MarrowIsReportedAsNotCovered() {
    Outcome outcome =
        BundledKnowledgeBase.get()
            .evaluate(
                Cases.firstRelapse(Immunophenotype.B_PRECURSOR)
                    .marrowBlastPercent(3)
                    .confirmedByOtherMethod(true)
                    .build());

    assertThat(outcome.site()).contains(SiteClass.NOT_ESTABLISHED);
    assertThat(alerts(outcome, AlertCode.NOT_COVERED)).hasSize(1);
  }
}
