package org.relapsecds.rules.engine;

import java.util.List;

/**
 * A rule with its evidence resolved against the literature registry, as every outcome item it
 * produces reports it.
 *
 * @param rule the rule and its metadata
 * @param evidence the sources of its {@code @evidence} keys, in key order
 */
record CitedRule(RuleDescriptor rule, List<Evidence> evidence) {
  CitedRule {
    evidence = List.copyOf(evidence);
  }

  /** The rule with its {@code @evidence} keys resolved. */
  static CitedRule of(RuleDescriptor rule, EvidenceSources evidenceSources) {
    return new CitedRule(rule, evidenceSources.resolve(rule.evidenceKeys()));
  }
}
