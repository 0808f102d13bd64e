package org.relapsecds.rules.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.relapsecds.rules.testing.Outcomes.alerts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.relapsecds.rules.engine.Outcome;
import org.relapsecds.rules.model.Alert;
import org.relapsecds.rules.model.AlertCode;
import org.relapsecds.rules.model.Immunophenotype;
import org.relapsecds.rules.model.Scheme;
import org.relapsecds.rules.testing.BundledKnowledgeBase;
import org.relapsecds.rules.testing.Cases;

/** The first-relapse schemes apply only to an established first relapse without prior HSCT. */
class SchemeScopeTest {

  @Test
  void anEstablishedFirstRelapseWithoutPriorHsctIsClassifiedUnderAllThreeSchemes() {
    Outcome outcome =
        BundledKnowledgeBase.get()
            .evaluate(Cases.firstRelapse(Immunophenotype.B_PRECURSOR).build());

    assertThat(outcome.risk()).containsOnlyKeys(Scheme.BFM, Scheme.UK_R3, Scheme.COG);
    assertThat(alerts(outcome, AlertCode.SCHEMES_NOT_APPLICABLE)).isEmpty();
  }

  @ParameterizedTest(name = "relapse number {0}, prior HSCT {1}: no group; the alert says {2}")
  @CsvSource({
    "2, false, relapse number 2",
    "3, false, relapse number 3",
    "1, true,  allogeneic HSCT",
  })
  void laterRelapseOrRelapseAfterHsctGetsNoGroupAndSaysWhy(
      int number, boolean priorHsct, String why) {
    Outcome outcome =
        BundledKnowledgeBase.get()
            .evaluate(
                Cases.firstRelapse(Immunophenotype.B_PRECURSOR)
                    .relapseNumber(number)
                    .priorHsct(priorHsct)
                    .build());

    assertThat(outcome.risk()).isEmpty();
    assertThat(alerts(outcome, AlertCode.SCHEMES_NOT_APPLICABLE))
        .singleElement()
        .extracting(Alert::message)
        .asString()
        .containsIgnoringCase(why);
  }

  @Test
  void aSecondRelapseAfterHsctGivesBothReasons() {
    Outcome outcome =
        BundledKnowledgeBase.get()
            .evaluate(
                Cases.firstRelapse(Immunophenotype.T_LINEAGE)
                    .relapseNumber(2)
                    .priorHsct(true)
                    .build());

    assertThat(outcome.risk()).isEmpty();
    assertThat(alerts(outcome, AlertCode.SCHEMES_NOT_APPLICABLE)).hasSize(2);
  }

  @Test
  void aRelapseThatIsNotEstablishedGetsNoGroupAndSaysWhy() {
    Outcome outcome =
        BundledKnowledgeBase.get()
            .evaluate(
                Cases.firstRelapse(Immunophenotype.B_PRECURSOR).marrowBlastPercent(12).build());

    assertThat(outcome.risk()).isEmpty();
    assertThat(alerts(outcome, AlertCode.SCHEMES_NOT_APPLICABLE))
        .singleElement()
        .extracting(Alert::message)
        .asString()
        .contains("not establish");
  }
}
