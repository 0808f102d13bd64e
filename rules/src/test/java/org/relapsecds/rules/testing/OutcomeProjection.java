package org.relapsecds.rules.testing;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.relapsecds.rules.engine.Explained;
import org.relapsecds.rules.engine.Outcome;
import org.relapsecds.rules.engine.SchemeAssessment;
import org.relapsecds.rules.model.MarrowGrade;
import org.relapsecds.rules.model.Scheme;
import org.relapsecds.rules.model.SiteClass;

/**
 * What a clinician sees of an outcome, as values that compare by content and do not depend on the
 * order in which independent rules happened to fire.
 */
public record OutcomeProjection(
    String knowledgeBaseVersion,
    Optional<MarrowGrade> marrow,
    Optional<SiteClass> site,
    Map<Scheme, SchemeAssessment> risk,
    List<String> recommendations,
    List<String> alerts,
    List<String> missingData,
    List<String> firedRules) {

  public static OutcomeProjection of(Outcome outcome) {
    return new OutcomeProjection(
        outcome.knowledgeBaseVersion(),
        outcome.marrow(),
        outcome.site(),
        outcome.risk(),
        explained(outcome.recommendations().stream()),
        explained(outcome.alerts().stream()),
        explained(outcome.missingData().stream()),
        outcome.firedRules().stream()
            .map(f -> f.rule().name() + " -> " + f.derived())
            .sorted()
            .toList());
  }

  private static List<String> explained(Stream<? extends Explained<?>> items) {
    return items
        .map(e -> e.item() + " by " + e.rule().name() + " " + e.evidence())
        .sorted()
        .toList();
  }
}
