package org.relapsecds.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.relapsecds.rules.model.Immunophenotype;
import org.relapsecds.rules.model.MarrowGrade;
import org.relapsecds.rules.model.RecommendationCode;
import org.relapsecds.rules.model.RelapseCase;
import org.relapsecds.rules.model.SiteClass;
import org.relapsecds.rules.testing.BundledKnowledgeBase;

/** Every outcome item names the rule that produced it and that rule's sources. */
class OutcomeTraceTest {

  private static final RelapseCase M2_UNCONFIRMED =
      RelapseCase.builder()
          .birthDate(LocalDate.of(2008, 3, 2))
          .diagnosisDate(LocalDate.of(2015, 1, 10))
          .diagnosisImmunophenotype(Immunophenotype.B_PRECURSOR)
          .relapseDate(LocalDate.of(2018, 7, 10))
          .marrowBlastPercent(12)
          .build();

  @Test
  void aRecommendationCarriesItsRuleFileAndResolvedCitations() {
    Outcome outcome = BundledKnowledgeBase.get().evaluate(M2_UNCONFIRMED);

    assertThat(outcome.recommendations())
        .filteredOn(r -> r.item().code() == RecommendationCode.CONFIRM_RELAPSE)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.rule().file()).isEqualTo("site.drl");
              assertThat(r.rule().name()).contains("M2 marrow");
              assertThat(r.evidence())
                  .singleElement()
                  .satisfies(
                      e -> {
                        assertThat(e.key()).isEqualTo("Buchmann2022");
                        assertThat(e.citation()).contains("Blood 2022");
                      });
            });
  }

  @Test
  void theFiredRuleTraceListsWhatEachRuleDerived() {
    Outcome outcome = BundledKnowledgeBase.get().evaluate(M2_UNCONFIRMED);

    assertThat(outcome.knowledgeBaseVersion()).isEqualTo(BundledKnowledgeBase.get().version());
    assertThat(outcome.marrow()).contains(MarrowGrade.M2);
    assertThat(outcome.site()).contains(SiteClass.NOT_ESTABLISHED);
    assertThat(outcome.firedRules())
        .anySatisfy(
            f -> {
              assertThat(f.rule().name())
                  .isEqualTo("Marrow with 5 % to less than 25 % blasts is M2");
              assertThat(f.derived()).containsExactly("MarrowStatus[grade=M2]");
            });
  }
}
