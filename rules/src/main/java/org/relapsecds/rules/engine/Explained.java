package org.relapsecds.rules.engine;

import java.util.List;

/**
 * An outcome item (recommendation, alert, missing data) with the rule that produced it and that
 * rule's evidence.
 *
 * @param item the outcome item
 * @param rule the producing rule
 * @param evidence the sources of that rule
 * @param <T> the item type
 */
public record Explained<T>(T item, RuleDescriptor rule, List<Evidence> evidence) {
  public Explained {
    evidence = List.copyOf(evidence);
  }
}
