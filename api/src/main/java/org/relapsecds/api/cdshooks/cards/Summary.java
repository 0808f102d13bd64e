package org.relapsecds.api.cdshooks.cards;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.relapsecds.api.evaluation.EvaluationResponse;
import org.relapsecds.api.evaluation.EvaluationResponse.AlertView;
import org.relapsecds.api.evaluation.EvaluationResponse.RecommendationView;
import org.relapsecds.api.evaluation.EvaluationResponse.RiskView;
import org.relapsecds.rules.model.AlertCode;
import org.relapsecds.rules.model.HsctDecision;
import org.relapsecds.rules.model.Scheme;
import org.relapsecds.rules.model.Severity;

/** The summary card: the three schemes side by side, the options and findings in the detail. */
final class Summary {
  private Summary() {}

  static IssuedCard card(EvaluationResponse r, CardDeck deck) {
    StringBuilder md = new StringBuilder();
    String site =
        r.relapse().site() == null ? "site not established" : words(r.relapse().site().name());
    String summary;
    if (r.risk().isEmpty()) {
      summary =
          "Relapsed ALL ("
              + site
              + "): the BFM, UK ALL R3 and COG risk schemes do not apply; see detail";
      md.append("The risk schemes do not apply to this relapse (an alert below says why).\n\n");
    } else {
      List<String> groups = new ArrayList<>();
      List<String> hsct = new ArrayList<>();
      List<String> pending = new ArrayList<>();
      List<String> noRemission = new ArrayList<>();
      md.append("| Scheme | Timing | Group | HSCT in CR2 |\n|---|---|---|---|\n");
      for (Map.Entry<Scheme, RiskView> e : r.risk().entrySet()) {
        RiskView v = e.getValue();
        String group =
            v.group() != null
                ? v.group().name()
                : "pending (" + (v.groupPending() == null ? "?" : v.groupPending()) + ")";
        groups.add(
            label(e.getKey())
                + " "
                + (v.group() != null ? shortGroup(v.group().name()) : "pending"));
        if (v.hsct() == HsctDecision.INDICATED) {
          hsct.add(label(e.getKey()));
        } else if (v.hsct() == HsctDecision.PENDING_MRD) {
          pending.add(label(e.getKey()));
        } else if (v.hsct() == HsctDecision.NOT_IN_REMISSION) {
          noRemission.add(label(e.getKey()));
        }
        md.append("| ")
            .append(label(e.getKey()))
            .append(" | ")
            .append(v.timing() == null ? "" : words(v.timing().name()))
            .append(" | ")
            .append(Markdown.escape(group))
            .append(" | ")
            .append(v.hsct() == null ? "" : words(v.hsct().name()))
            .append(" |\n");
      }
      String transplant =
          !hsct.isEmpty()
              ? "HSCT indicated: " + String.join(", ", hsct)
              : !noRemission.isEmpty()
                  ? "HSCT: not in remission (" + String.join(", ", noRemission) + ")"
                  : !pending.isEmpty()
                      ? "HSCT pending MRD: " + String.join(", ", pending)
                      : "no HSCT indication";
      summary = "Relapse, " + site + ": " + String.join(" · ", groups) + "; " + transplant;
      md.append('\n');
    }
    md.append("**Relapse:** ").append(site);
    if (r.relapse().marrowGrade() != null) {
      md.append(", marrow ").append(r.relapse().marrowGrade());
    }
    md.append("; ").append(r.relapse().monthsFromDiagnosis()).append(" months after diagnosis");
    if (r.relapse().monthsFromEndOfTherapy() != null) {
      md.append(", ")
          .append(r.relapse().monthsFromEndOfTherapy())
          .append(" after the end of frontline therapy");
    }
    md.append(".\n\n");
    Set<String> rules = new LinkedHashSet<>();
    if (!r.recommendations().isEmpty()) {
      md.append("**Options the sources support**\n\n");
      for (RecommendationView rec : r.recommendations()) {
        md.append("- **")
            .append(Markdown.escape(rec.title()))
            .append("**")
            .append(
                rec.schemes().isEmpty()
                    ? ""
                    : " ("
                        + String.join(", ", rec.schemes().stream().map(Summary::label).toList())
                        + ")")
            .append(": ")
            .append(Markdown.escape(rec.rationale()))
            .append(
                rec.evidence().isEmpty()
                    ? ""
                    : " _Sources:_ "
                        + Markdown.escape(
                            String.join("; ", rec.evidence().stream().map(e -> e.key()).toList())))
            .append('\n');
        rules.add(rec.rule());
      }
      md.append('\n');
    }
    String disclaimer = null;
    List<AlertView> findings = new ArrayList<>();
    for (AlertView a : r.alerts()) {
      if (a.code() == AlertCode.NOT_A_TREATMENT_ORDER) {
        disclaimer = a.message();
      } else if (a.severity() == Severity.INFO) {
        findings.add(a);
        rules.add(a.rule());
      }
    }
    if (!findings.isEmpty()) {
      md.append("**Findings**\n\n");
      new LinkedHashSet<>(findings.stream().map(AlertView::message).toList())
          .forEach(m -> md.append("- ").append(Markdown.escape(m)).append('\n'));
      md.append('\n');
    }
    if (disclaimer != null) {
      md.append("> ").append(Markdown.escape(disclaimer)).append("\n\n");
    }
    md.append(r.knowledgeBase().ruleCount())
        .append(" rules, ")
        .append(r.firedRules().size())
        .append(" fired. Every item with its rule and sources: open the case in the workbench.");
    return deck.issue(summary, "info", md.toString(), deck.source(), List.copyOf(rules), false);
  }

  static String label(Scheme scheme) {
    return switch (scheme) {
      case BFM -> "BFM";
      case UK_R3 -> "UK ALL R3";
      case COG -> "COG";
    };
  }

  private static String shortGroup(String group) {
    return group.startsWith("S") && group.length() == 2 ? group : words(group);
  }

  static String words(String constant) {
    return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
