package org.relapsecds.rules.engine;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.relapsecds.rules.model.HsctDecision;
import org.relapsecds.rules.model.HsctIndication;
import org.relapsecds.rules.model.Recommendation;
import org.relapsecds.rules.model.RiskGroup;
import org.relapsecds.rules.model.RiskStratum;
import org.relapsecds.rules.model.Scheme;

/**
 * Writes, per scheme, which facts of this case decided its group and its transplant indication
 * (e.g. "UK ALL R3 INTERMEDIATE: isolated marrow relapse; late relapse (UK ALL R3 timing);
 * B-precursor ALL. HSCT in CR2 indicated: MRD 2 x 10^-4 (UK ALL R3: HSCT in CR2 for intermediate
 * risk with end-of-block-1 MRD of 1e-4 or more)"), and adds the deciding facts to a
 * recommendation's rationale. Built only from the facts the deciding rules matched (DecidingFacts).
 */
final class SchemeReasons {
  private final Map<Scheme, String> groups = new EnumMap<>(Scheme.class);
  private final Map<Scheme, String> transplants = new EnumMap<>(Scheme.class);

  void group(Scheme scheme, String group, List<String> deciding) {
    groups.putIfAbsent(
        scheme, DecidingFacts.scheme(scheme) + " " + group + ": " + String.join("; ", deciding));
  }

  void hsct(HsctIndication indication, String ruleName, List<String> deciding) {
    Scheme scheme = indication.scheme();
    List<String> own = new ArrayList<>(deciding);
    // The group is already in the scheme's reason: keep the transplant rule's other facts.
    for (RiskStratum stratum : RiskStratum.values()) {
      if (stratum.belongsTo(scheme)) {
        own.remove(DecidingFacts.fact(new RiskGroup(scheme, stratum)));
      }
    }
    String facts = own.isEmpty() ? "" : ": " + String.join("; ", own);
    transplants.putIfAbsent(
        scheme, "HSCT in CR2 " + decision(indication.decision()) + facts + " (" + ruleName + ")");
  }

  SchemeAssessment withReason(Scheme scheme, SchemeAssessment a) {
    String group = groups.get(scheme);
    if (group == null) {
      return a;
    }
    String hsct = transplants.get(scheme);
    String reason = hsct == null ? group + "." : group + ". " + hsct + ".";
    return new SchemeAssessment(a.timing(), a.group(), a.groupPending(), a.hsct(), reason);
  }

  /**
   * A recommendation that follows from schemes also names, per scheme listed, the reason of that
   * scheme's result.
   */
  Explained<Recommendation> withCaseFacts(Explained<Recommendation> explained) {
    Recommendation r = explained.item();
    List<String> perScheme = new ArrayList<>();
    for (Scheme scheme : r.schemes()) {
      SchemeAssessment reason = withReason(scheme, new SchemeAssessment(null, null, null, null));
      if (reason.reason() != null) {
        perScheme.add(reason.reason());
      }
    }
    if (perScheme.isEmpty()) {
      return explained;
    }
    Recommendation withSchemes =
        new Recommendation(
            r.code(),
            r.schemes(),
            r.title(),
            r.rationale() + " Under the schemes listed: " + String.join(" ", perScheme));
    return new Explained<>(withSchemes, explained.rule(), explained.evidence());
  }

  /**
   * The recommendation with the facts of this case that decided its rule added to its rationale.
   */
  static Recommendation decidedBy(Recommendation r, List<String> deciding) {
    if (deciding.isEmpty()) {
      return r;
    }
    return new Recommendation(
        r.code(),
        r.schemes(),
        r.title(),
        r.rationale() + " In this case: " + String.join("; ", deciding) + ".");
  }

  private static String decision(HsctDecision decision) {
    return switch (decision) {
      case INDICATED -> "indicated";
      case NOT_INDICATED -> "not indicated";
      case PENDING_MRD -> "pending the MRD";
      case NOT_IN_REMISSION -> "not performed: no second remission";
    };
  }
}
