package org.relapsecds.rules.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.relapsecds.rules.testing.Outcomes.missing;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.relapsecds.rules.engine.Outcome;
import org.relapsecds.rules.reference.ReferenceCase;
import org.relapsecds.rules.reference.ReferenceCases;
import org.relapsecds.rules.testing.BundledKnowledgeBase;

/**
 * The example vignettes of specification section 9 and the cases of its version 2 changes, read
 * from the reference-case data (org/relapsecds/rules/reference/reference-cases.json) that the
 * publishing gate also checks. The named tests add what the data does not state: the chronology the
 * specification quotes and the missing-data items.
 */
class ClinicalVignettesTest {

  static Stream<ReferenceCase> referenceCases() {
    return ReferenceCases.load().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("referenceCases")
  void everyReferenceCaseGivesTheOutcomeOfTheSpecification(ReferenceCase referenceCase) {
    Outcome outcome = evaluate(referenceCase);

    assertThat(referenceCase.unmetBy(outcome).stream().map(e -> e.describeMismatch(outcome)))
        .as(referenceCase.id() + " " + referenceCase.title())
        .isEmpty();
  }

  @Test
  void bcpMarrow60PercentAt12MonthsIsVeryEarlyS4UkHighCogEarlyHighWithHsctEverywhere() {
    Outcome outcome = meetsItsExpectations("case-9.1");

    assertThat(outcome.chronology().getMonthsFromDiagnosis()).isEqualTo(12);
  }

  @Test
  void bcpMarrow2PercentWithCns3At52MonthsIsLateS1UkStandardCogPendingMrd() {
    Outcome outcome = meetsItsExpectations("case-9.2");

    assertThat(outcome.chronology().getMonthsFromDiagnosis()).isEqualTo(52);
    assertThat(missing(outcome, "response.mrd")).isNotEmpty();
  }

  @Test
  void tLineageMarrow40PercentLateIsS4UkHighCogHighWithHsctEverywhere() {
    Outcome outcome = meetsItsExpectations("case-9.3");

    assertThat(outcome.chronology().getMonthsFromDiagnosis()).isEqualTo(50);
  }

  @Test
  void bcpMarrow35PercentLateWithMrd2e4IsS2UkIntermediateCogLowAndOnlyUkTransplants() {
    Outcome outcome = meetsItsExpectations("case-9.4");

    assertThat(outcome.chronology().getMonthsFromDiagnosis()).isEqualTo(42);
    assertThat(outcome.chronology().getMonthsFromEndOfTherapy()).isEqualTo(18);
    assertThat(missing(outcome, "response.mrd")).isEmpty();
  }

  private static Outcome meetsItsExpectations(String id) {
    ReferenceCase referenceCase = ReferenceCases.byId(id).orElseThrow();
    Outcome outcome = evaluate(referenceCase);
    assertThat(referenceCase.unmetBy(outcome).stream().map(e -> e.describeMismatch(outcome)))
        .as(id)
        .isEmpty();
    return outcome;
  }

  private static Outcome evaluate(ReferenceCase referenceCase) {
    return BundledKnowledgeBase.get().evaluate(referenceCase.facts());
  }
}
