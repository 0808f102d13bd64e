package org.relapsecds.rules.scratch;

import org.junit.jupiter.api.Test;
import org.relapsecds.rules.engine.Outcome;
import org.relapsecds.rules.model.*;
import org.relapsecds.rules.testing.BundledKnowledgeBase;
import org.relapsecds.rules.testing.Cases;

class PrintTest {
  @Test
  void print() {
    for (RelapseCase c :
        java.util.List.of(
            Cases.contractExample().build(),
            Cases.contractExample().secondRemission(false).build(),
            Cases.contractExample()
                .relapseNumber(2)
                .cd22(MarkerStatus.POSITIVE)
                .genetics(GeneticLesion.KMT2A_REARRANGED)
                .build())) {
      Outcome o = BundledKnowledgeBase.get().evaluate(c);
      o.risk().forEach((k, v) -> System.out.println("RISK " + k + " " + v));
      o.recommendations().forEach(r -> System.out.println("REC " + r.item()));
      o.alerts().forEach(r -> System.out.println("ALERT " + r.item()));
      o.missingData().forEach(r -> System.out.println("MISSING " + r.item()));
      System.out.println("-----");
    }
  }
}
