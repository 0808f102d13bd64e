package org.relapsecds.rules.engine;

import org.relapsecds.rules.model.HsctDecision;
import org.relapsecds.rules.model.RiskStratum;
import org.relapsecds.rules.model.TimingCategory;

/**
 * The result under one risk scheme. Fields are null when the rules derived nothing for them; a null
 * group with {@code groupPending} names the groups still possible.
 *
 * @param timing time-to-relapse category
 * @param group risk group, or null
 * @param groupPending the candidates while the group depends on a missing fact, else null
 * @param hsct transplant indication, or null
 * @param reason which facts of this case decided the group and the transplant indication, from the
 *     facts the deciding rules matched; null when no group was derived
 */
public record SchemeAssessment(
    TimingCategory timing,
    RiskStratum group,
    String groupPending,
    HsctDecision hsct,
    String reason) {
  /** The assessment without a reason (tests and callers that compare classifications). */
  public SchemeAssessment(
      TimingCategory timing, RiskStratum group, String groupPending, HsctDecision hsct) {
    this(timing, group, groupPending, hsct, null);
  }
}
