package org.relapsecds.rules.engine;

import org.kie.api.definition.rule.Rule;

/** Identifies a rule across packages. */
final class RuleKeys {
  private RuleKeys() {}

  static String key(Rule rule) {
    return rule.getPackageName() + "/" + rule.getName();
  }
}
