package org.relapsecds.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.relapsecds.rules.model.Immunophenotype;
import org.relapsecds.rules.model.MarrowGrade;
import org.relapsecds.rules.model.RelapseCase;

class SmokeTest {
  @Test
  void bundledKnowledgeBaseCompilesAndEvaluates() {
    KnowledgeBase kb = new KnowledgeBaseCompiler().compile(BundledRules.load()).orThrow();
    Outcome outcome =
        kb.evaluate(
            RelapseCase.builder()
                .birthDate(LocalDate.of(2008, 3, 2))
                .diagnosisDate(LocalDate.of(2015, 1, 10))
                .diagnosisImmunophenotype(Immunophenotype.B_PRECURSOR)
                .relapseDate(LocalDate.of(2018, 7, 10))
                .marrowBlastPercent(2)
                .build());
    assertThat(outcome.marrow()).contains(MarrowGrade.M1);
    assertThat(outcome.firedRules()).hasSize(1);
    assertThat(outcome.firedRules().get(0).rule().file()).isEqualTo("site.drl");
    assertThat(outcome.firedRules().get(0).rule().evidenceKeys()).containsExactly("Buchmann2022");
    System.out.println(outcome);
  }
}
