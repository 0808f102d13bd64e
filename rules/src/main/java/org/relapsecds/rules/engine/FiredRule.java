package org.relapsecds.rules.engine;

import java.util.List;

/**
 * One firing of a rule during an evaluation, in firing order.
 *
 * @param rule the rule and its metadata
 * @param derived the facts and outcome items its consequence inserted, as readable text
 */
public record FiredRule(RuleDescriptor rule, List<String> derived) {
  public FiredRule {
    derived = List.copyOf(derived);
  }
}
