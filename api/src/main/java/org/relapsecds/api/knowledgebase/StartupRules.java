package org.relapsecds.api.knowledgebase;

import java.util.List;
import org.relapsecds.rules.engine.RuleSource;

/**
 * Where the knowledge base activated at startup comes from. Without a bean of this type the bundled
 * rules are used; the rule repository provides one to start from its active version.
 */
@FunctionalInterface
public interface StartupRules {
  /** The DRL sources to compile and activate at startup. */
  List<RuleSource> sources();

  /** Where the sources come from, for the message when they are refused. */
  default String origin() {
    return "the configured start-up rules";
  }
}
