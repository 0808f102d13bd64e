package org.relapsecds.acceptance.runner;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The results of one run of the acceptance scenarios against a knowledge base.
 *
 * @param results one per scenario, in run order
 * @param firings the rules each scenario fired, in the same order as {@code results}
 */
public record ScenarioRunReport(List<ScenarioResult> results, List<Set<String>> firings) {
  public ScenarioRunReport {
    results = List.copyOf(results);
    firings = firings.stream().map(s -> (Set<String>) new LinkedHashSet<>(s)).toList();
    if (results.size() != firings.size()) {
      throw new IllegalArgumentException("one set of fired rules per scenario");
    }
  }

  /** True when there were scenarios and every one passed. A run of nothing does not pass. */
  public boolean passed() {
    return !results.isEmpty() && results.stream().allMatch(ScenarioResult::passed);
  }

  /** Number of scenarios run. */
  public int total() {
    return results.size();
  }

  /** The scenarios that failed. */
  public List<ScenarioResult> failures() {
    return results.stream().filter(r -> !r.passed()).toList();
  }

  /** The rules a scenario fired (by its index in {@link #results()}). */
  public Set<String> firedBy(int scenario) {
    return firings.get(scenario);
  }
}
