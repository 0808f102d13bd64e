package org.relapsecds.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.relapsecds.rules.model.CnsStatus;
import org.relapsecds.rules.model.ExtramedullarySite;
import org.relapsecds.rules.model.GeneticLesion;
import org.relapsecds.rules.model.Immunophenotype;
import org.relapsecds.rules.model.MarrowGrade;
import org.relapsecds.rules.model.RecommendationCode;
import org.relapsecds.rules.model.RelapseCase;
import org.relapsecds.rules.model.SiteClass;
import org.relapsecds.rules.model.TesticularInvolvement;
import org.relapsecds.rules.testing.BundledKnowledgeBase;
import org.relapsecds.rules.testing.Cases;

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

  @Test
  void outcomeItemsAreInTheOrderTheirRulesFired() {
    RelapseCase rich =
        Cases.firstRelapse(Immunophenotype.B_PRECURSOR)
            .relapseDate(LocalDate.of(2018, 7, 10))
            .marrowBlastPercent(35)
            .extramedullarySites(ExtramedullarySite.CNS)
            .relapseCnsStatus(CnsStatus.CNS3)
            .testicularInvolvement(TesticularInvolvement.UNILATERAL)
            .genetics(GeneticLesion.ETV6_RUNX1)
            .build();
    Outcome outcome = BundledKnowledgeBase.get().evaluate(rich);
    List<String> trace = outcome.firedRules().stream().flatMap(f -> f.derived().stream()).toList();

    for (List<? extends Explained<?>> items :
        List.of(outcome.recommendations(), outcome.alerts(), outcome.missingData())) {
      assertThat(items).hasSizeGreaterThan(1);
      List<String> texts = items.stream().map(e -> e.item().toString()).toList();
      assertThat(trace).containsSubsequence(texts);
    }
  }
}
