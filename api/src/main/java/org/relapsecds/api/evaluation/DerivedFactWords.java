package org.relapsecds.api.evaluation;

import java.util.Locale;
import java.util.stream.Collectors;
import org.relapsecds.rules.model.Alert;
import org.relapsecds.rules.model.ExtramedullaryInvolvement;
import org.relapsecds.rules.model.HsctIndication;
import org.relapsecds.rules.model.MarrowStatus;
import org.relapsecds.rules.model.MissingData;
import org.relapsecds.rules.model.NovelAgentSetting;
import org.relapsecds.rules.model.Recommendation;
import org.relapsecds.rules.model.RegimenCount;
import org.relapsecds.rules.model.RelapseSite;
import org.relapsecds.rules.model.RelapseTiming;
import org.relapsecds.rules.model.RiskGroup;
import org.relapsecds.rules.model.RiskGroupPending;
import org.relapsecds.rules.model.RiskSchemesApply;
import org.relapsecds.rules.model.Scheme;

/**
 * What a fired rule derived, in the words a clinician reads in the result ("HSCT in CR2 under UK
 * ALL R3: indicated") rather than the record text of the fact model ({@code
 * HsctIndication[scheme=UK_R3, decision=INDICATED]}). A fact type without a sentence here (one a
 * newer fact model adds) keeps its record text, so nothing a rule derived is hidden.
 */
final class DerivedFactWords {
  private DerivedFactWords() {}

  static EvaluationResponse.DerivedFactView of(Object fact) {
    return new EvaluationResponse.DerivedFactView(fact.getClass().getSimpleName(), text(fact));
  }

  static String text(Object fact) {
    if (fact instanceof MarrowStatus m) {
      return "Marrow " + m.grade();
    }
    if (fact instanceof RelapseSite s) {
      return "Relapse site: " + words(s.siteClass());
    }
    if (fact instanceof ExtramedullaryInvolvement e) {
      return "Extramedullary involvement: " + words(e.site());
    }
    if (fact instanceof RiskSchemesApply) {
      return "The first-relapse risk schemes apply";
    }
    if (fact instanceof RelapseTiming t) {
      return scheme(t.scheme()) + " time to relapse: " + words(t.category());
    }
    if (fact instanceof RiskGroup g) {
      return scheme(g.scheme()) + " risk group: " + words(g.stratum());
    }
    if (fact instanceof RiskGroupPending p) {
      return scheme(p.scheme()) + " risk group pending MRD: " + p.candidates();
    }
    if (fact instanceof HsctIndication i) {
      return "HSCT in CR2 under " + scheme(i.scheme()) + ": " + words(i.decision());
    }
    if (fact instanceof Recommendation r) {
      return "Recommended: "
          + r.title()
          + (r.schemes().isEmpty()
              ? ""
              : " ("
                  + r.schemes().stream()
                      .sorted()
                      .map(DerivedFactWords::scheme)
                      .collect(Collectors.joining(", "))
                  + ")");
    }
    if (fact instanceof Alert a) {
      return words(a.severity()) + " alert, " + words(a.code()) + ": " + a.message();
    }
    if (fact instanceof NovelAgentSetting n) {
      return "Setting for novel agents: " + words(n.kind());
    }
    if (fact instanceof RegimenCount r) {
      return "Prior regimens: " + r.count() + (r.assumed() ? " (assumed, not entered)" : "");
    }
    if (fact instanceof MissingData m) {
      return "Missing " + m.field() + ": " + m.reason();
    }
    return String.valueOf(fact);
  }

  /** The scheme as the papers name it. */
  static String scheme(Scheme scheme) {
    return switch (scheme) {
      case BFM -> "BFM";
      case UK_R3 -> "UK ALL R3";
      case COG -> "COG";
    };
  }

  /** An enum constant in words; the BFM strata and marrow grades keep their names. */
  private static String words(Enum<?> value) {
    String name = value.name();
    if (name.matches("S[1-4]|M[1-3]|CNS[1-3]")) {
      return name;
    }
    return name.toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
