package org.relapsecds.acceptance.runner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.relapsecds.rules.engine.KnowledgeBase;
import org.relapsecds.rules.engine.RuleDescriptor;
import tools.jackson.databind.json.JsonMapper;

/**
 * For each rule of a knowledge base, the scenarios that fired it. The rule list is read from the
 * knowledge base itself, so a rule added to the DRL is checked without touching this class.
 */
public final class RuleCoverage {
  private final KnowledgeBase knowledgeBase;
  private final Map<RuleDescriptor, List<String>> scenariosByRule = new LinkedHashMap<>();

  private RuleCoverage(KnowledgeBase knowledgeBase) {
    this.knowledgeBase = knowledgeBase;
  }

  /** Coverage of a knowledge base by a run against it. */
  public static RuleCoverage of(KnowledgeBase knowledgeBase, ScenarioRunReport run) {
    RuleCoverage coverage = new RuleCoverage(knowledgeBase);
    for (RuleDescriptor rule : knowledgeBase.rules()) {
      List<String> scenarios = new ArrayList<>();
      for (int i = 0; i < run.total(); i++) {
        if (run.firedBy(i).contains(rule.name())) {
          ScenarioResult r = run.results().get(i);
          scenarios.add(r.feature() + ": " + r.name());
        }
      }
      coverage.scenariosByRule.put(rule, scenarios);
    }
    return coverage;
  }

  /** Every rule with the scenarios that fired it, ordered by file and name. */
  public Map<RuleDescriptor, List<String>> scenariosByRule() {
    return scenariosByRule;
  }

  /** The rules no scenario fired. */
  public List<RuleDescriptor> uncovered() {
    return scenariosByRule.entrySet().stream()
        .filter(e -> e.getValue().isEmpty())
        .map(Map.Entry::getKey)
        .toList();
  }

  /** Writes {@code rule-coverage.md} and {@code rule-coverage.json} into a directory. */
  public void writeTo(Path directory) throws IOException {
    Files.createDirectories(directory);
    Files.writeString(directory.resolve("rule-coverage.md"), markdown(), StandardCharsets.UTF_8);
    List<Map<String, Object>> rules = new ArrayList<>();
    scenariosByRule.forEach(
        (rule, scenarios) -> {
          Map<String, Object> entry = new LinkedHashMap<>();
          entry.put("rule", rule.name());
          entry.put("file", rule.file());
          entry.put("evidence", rule.evidenceKeys());
          entry.put("scenarios", scenarios);
          rules.add(entry);
        });
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("knowledgeBaseVersion", knowledgeBase.version());
    json.put("ruleCount", knowledgeBase.ruleCount());
    json.put("uncovered", uncovered().stream().map(RuleDescriptor::name).toList());
    json.put("rules", rules);
    Files.writeString(
        directory.resolve("rule-coverage.json"),
        JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(json),
        StandardCharsets.UTF_8);
  }

  String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("# Rule coverage by the acceptance scenarios\n\n")
        .append("Knowledge base ")
        .append(knowledgeBase.version())
        .append(": ")
        .append(knowledgeBase.ruleCount())
        .append(" rules, ")
        .append(uncovered().size())
        .append(" fired by no scenario.\n\n")
        .append("| File | Rule | Scenarios |\n|---|---|---|\n");
    scenariosByRule.forEach(
        (rule, scenarios) ->
            md.append("| ")
                .append(rule.file())
                .append(" | ")
                .append(rule.name().replace("|", "\\|"))
                .append(" | ")
                .append(
                    scenarios.isEmpty()
                        ? "**none**"
                        : scenarios.size()
                            + ": "
                            + String.join("; ", scenarios.subList(0, Math.min(3, scenarios.size())))
                                .replace("|", "\\|")
                            + (scenarios.size() > 3 ? "; ..." : ""))
                .append(" |\n"));
    return md.toString();
  }
}
