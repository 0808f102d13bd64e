package org.relapsecds.api.cdshooks.cards;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.relapsecds.api.cdshooks.fhir.Gap;
import org.relapsecds.api.cdshooks.wire.Card;
import org.relapsecds.api.cdshooks.wire.Coding;
import org.relapsecds.api.evaluation.EvaluationResponse;
import org.relapsecds.api.evaluation.EvaluationResponse.AlertView;
import org.relapsecds.api.evaluation.EvidenceView;
import org.relapsecds.rules.model.AlertCode;
import org.relapsecds.rules.model.Severity;

/**
 * Turns an outcome into cards a busy screen can take, in this order: one summary card (the three
 * schemes' groups and transplant indication; the treatment options and findings in its detail), one
 * card per safety alert (warning or critical), one per missing fact the rules asked for, and one
 * naming what the FHIR record did not hold. Every card has a uuid, a summary under 140 characters,
 * a source, Markdown detail and the link that opens the case in the workbench.
 */
public final class CardDeck {
  static final String OVERRIDE_SYSTEM = "urn:relapse-cds:override-reason";

  static final List<Coding> OVERRIDE_REASONS =
      List.of(
          new Coding(OVERRIDE_SYSTEM, "not-applicable", "Does not apply to this patient"),
          new Coding(OVERRIDE_SYSTEM, "already-addressed", "Already considered by the team"),
          new Coding(OVERRIDE_SYSTEM, "protocol", "The patient's protocol or trial says otherwise"),
          new Coding(OVERRIDE_SYSTEM, "disagree", "Disagree with the card"));

  private final CardLinks links;
  private final String knowledgeBase;

  public CardDeck(CardLinks links, EvaluationResponse.KnowledgeBaseRef kb) {
    this.links = links;
    this.knowledgeBase = "relapse-cds knowledge base " + kb.version();
  }

  /** The cards of a full assessment ({@code patient-view}). */
  public List<IssuedCard> assessment(
      EvaluationResponse outcome, List<Gap> gaps, Set<String> unavailable) {
    List<IssuedCard> cards = new ArrayList<>();
    cards.add(Summary.card(outcome, this));
    cards.addAll(safetyAlerts(outcome.alerts()));
    Map<String, List<EvaluationResponse.MissingDataView>> byField = new LinkedHashMap<>();
    outcome
        .missingData()
        .forEach(m -> byField.computeIfAbsent(m.field(), f -> new ArrayList<>()).add(m));
    byField.forEach((field, items) -> cards.add(missing(field, items, gaps)));
    List<String> notFound = new ArrayList<>();
    gaps.stream()
        .filter(g -> !byField.containsKey(g.field()) && !"response.mrd".equals(g.field()))
        .forEach(g -> notFound.add("`" + g.field() + "`: " + Markdown.escape(g.reason())));
    unavailable.forEach(
        k ->
            notFound.add(
                "prefetch `"
                    + k
                    + "`: not available from the client, so what it holds is not known (e.g. a prior HSCT or an allergy)"));
    if (!notFound.isEmpty()) {
      cards.add(
          issue(
              "Not found in the patient's record: "
                  + String.join(
                      ", ",
                      gaps.stream()
                          .map(Gap::field)
                          .filter(f -> !byField.containsKey(f) && !"response.mrd".equals(f))
                          .toList())
                  + (unavailable.isEmpty() ? "" : " (some data unavailable)"),
              "info",
              "The FHIR record did not settle these inputs; the assessment above was made without them:\n\n- "
                  + String.join("\n- ", notFound)
                  + "\n\nCheck them in the workbench (link below) before relying on the result.",
              source(),
              List.of(),
              false));
    }
    return cards;
  }

  /** The safety alerts for the ordered agents ({@code order-select}). */
  public List<IssuedCard> orderCheck(EvaluationResponse outcome, Set<String> alertCodes) {
    return safetyAlerts(
        outcome.alerts().stream().filter(a -> alertCodes.contains(a.code().name())).toList());
  }

  /** One card when required inputs are missing and the case was not evaluated. */
  public IssuedCard notEvaluated(List<Gap> missing) {
    List<String> fields = missing.stream().map(Gap::field).distinct().toList();
    StringBuilder detail =
        new StringBuilder(
            "relapse-cds did not assess this relapse: the patient's record lacks inputs the assessment needs.\n\n");
    missing.forEach(
        g ->
            detail
                .append("- `")
                .append(g.field())
                .append("`: ")
                .append(Markdown.escape(g.reason()))
                .append('\n'));
    detail.append("\nEnter or correct them in the workbench (link below) to see the assessment.");
    return issue(
        "Relapsed ALL not assessed: the record lacks " + String.join(", ", fields),
        "info",
        detail.toString(),
        source(),
        List.of(),
        false);
  }

  private List<IssuedCard> safetyAlerts(List<AlertView> alerts) {
    List<IssuedCard> cards = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (AlertView a : alerts) {
      if (a.severity() == Severity.INFO || !seen.add(a.code() + a.message())) {
        continue;
      }
      EvidenceView primary = Citations.primary(a.evidence());
      Card.Source source =
          primary == null
              ? source()
              : new Card.Source(
                  Markdown.shorten(primary.citation(), 200),
                  Citations.url(primary.citation()),
                  topic(a.code()));
      String detail =
          Markdown.escape(a.message())
              + "\n\n**Sources**\n\n"
              + Citations.markdown(a.evidence())
              + "\n_Rule:_ "
              + Markdown.escape(a.rule())
              + "\n\n"
              + knowledgeBase;
      cards.add(
          issue(
              Markdown.firstSentence(a.message()),
              a.severity().name().toLowerCase(java.util.Locale.ROOT),
              detail,
              source,
              List.of(a.rule()),
              true));
    }
    return cards;
  }

  private IssuedCard missing(
      String field, List<EvaluationResponse.MissingDataView> items, List<Gap> gaps) {
    StringBuilder detail = new StringBuilder();
    new LinkedHashSet<>(items.stream().map(EvaluationResponse.MissingDataView::reason).toList())
        .forEach(r -> detail.append("- ").append(Markdown.escape(r)).append('\n'));
    gaps.stream()
        .filter(g -> g.field().equals(field))
        .forEach(
            g ->
                detail.append("\nIn the record: ").append(Markdown.escape(g.reason())).append('.'));
    detail
        .append("\n\n_Rules:_ ")
        .append(
            Markdown.escape(
                String.join(
                    "; ",
                    new LinkedHashSet<>(
                        items.stream().map(EvaluationResponse.MissingDataView::rule).toList()))));
    String summary = "Missing " + field + ": " + Markdown.firstSentence(items.get(0).reason());
    return issue(
        summary,
        "info",
        detail.toString(),
        source(),
        items.stream().map(EvaluationResponse.MissingDataView::rule).distinct().toList(),
        false);
  }

  Card.Source source() {
    return new Card.Source(knowledgeBase, links.knowledgeBase(), null);
  }

  private static Coding topic(AlertCode code) {
    return new Coding("urn:relapse-cds:alert", code.name(), null);
  }

  IssuedCard issue(
      String summary,
      String indicator,
      String detail,
      Card.Source source,
      List<String> rules,
      boolean overridable) {
    Card card =
        new Card(
            UUID.randomUUID().toString(),
            Markdown.shorten(summary, Card.MAX_SUMMARY),
            indicator,
            detail,
            source,
            overridable ? OVERRIDE_REASONS : List.of(),
            links.links());
    return new IssuedCard(card, List.copyOf(rules));
  }
}
