package org.relapsecds.rules.engine;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.relapsecds.rules.model.Alert;
import org.relapsecds.rules.model.MarrowGrade;
import org.relapsecds.rules.model.MissingData;
import org.relapsecds.rules.model.Recommendation;
import org.relapsecds.rules.model.RelapseChronology;
import org.relapsecds.rules.model.Scheme;
import org.relapsecds.rules.model.SiteClass;

/**
 * What the knowledge base derived for one case: the classification per scheme, the outcome items
 * with the rules behind them, and the full trace of fired rules.
 *
 * @param knowledgeBaseVersion the version of the knowledge base that produced it
 * @param chronology months from diagnosis / end of therapy and ages, as the rules saw them
 * @param marrow the marrow grade, if derived
 * @param site the site class, if derived
 * @param risk the assessment per scheme; empty when the schemes do not apply
 * @param recommendations recommendations in firing order
 * @param alerts alerts in firing order
 * @param missingData missing facts in firing order
 * @param firedRules every rule firing, in order
 */
public record Outcome(
    String knowledgeBaseVersion,
    RelapseChronology chronology,
    Optional<MarrowGrade> marrow,
    Optional<SiteClass> site,
    Map<Scheme, SchemeAssessment> risk,
    List<Explained<Recommendation>> recommendations,
    List<Explained<Alert>> alerts,
    List<Explained<MissingData>> missingData,
    List<FiredRule> firedRules) {
  public Outcome {
    risk = Map.copyOf(risk);
    recommendations = List.copyOf(recommendations);
    alerts = List.copyOf(alerts);
    missingData = List.copyOf(missingData);
    firedRules = List.copyOf(firedRules);
  }

  /** The assessment under a scheme, if the schemes apply. */
  public Optional<SchemeAssessment> assessment(Scheme scheme) {
    return Optional.ofNullable(risk.get(scheme));
  }
}
