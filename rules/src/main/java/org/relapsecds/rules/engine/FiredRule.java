package org.relapsecds.rules.engine;

import java.util.List;

/**
 * One firing of a rule during an evaluation, in firing order.
 *
 * @param rule the rule and its metadata
 * @param facts the facts and outcome items its consequence inserted (immutable records of the fact
 *     model)
 */
public record FiredRule(RuleDescriptor rule, List<Object> facts) {
  public FiredRule {
    facts = List.copyOf(facts);
  }

  /** What the consequence inserted, as the facts' record text (for logs and tests). */
  public List<String> derived() {
    return facts.stream().map(String::valueOf).toList();
  }
}
