package org.relapsecds.api.authoring.gate;

import java.util.ArrayList;
import java.util.List;
import org.relapsecds.acceptance.runner.ScenarioResult;
import org.relapsecds.acceptance.runner.ScenarioRunReport;
import org.relapsecds.acceptance.runner.ScenarioRunner;
import org.relapsecds.authoring.gate.GateFailure;
import org.relapsecds.authoring.gate.ReferenceCheck;
import org.relapsecds.rules.engine.KnowledgeBase;
import org.relapsecds.rules.model.RelapseCase;

/**
 * Step 3 of the gate: every acceptance scenario (the Cucumber features in clinical language) must
 * pass against the candidate knowledge base. Each failing scenario is one failing point, with the
 * first line of its failing step's message: what was expected and what the draft gives, in clinical
 * words ("HSCT under UK ALL R3: expected INDICATED, the rules give NOT_INDICATED").
 *
 * <p>Lives in the api, which wires it into the Spring-free gate ({@code
 * org.relapsecds.authoring.gate}): the authoring module knows no Cucumber.
 */
public final class ScenarioReferenceCheck implements ReferenceCheck {
  private final ScenarioRunner runner = new ScenarioRunner();
  private volatile List<RelapseCase> cases;

  @Override
  public String name() {
    return "acceptance scenarios";
  }

  @Override
  public List<GateFailure> check(KnowledgeBase candidate, KnowledgeBase active) {
    ScenarioRunReport report = runner.run(candidate);
    List<GateFailure> failures = new ArrayList<>();
    if (report.total() == 0) {
      failures.add(new GateFailure("scenarios", null, 0, 0, "no acceptance scenario ran"));
    }
    for (ScenarioResult r : report.failures()) {
      failures.add(
          new GateFailure(
              "scenarios",
              null,
              0,
              0,
              "Scenario \"" + r.name() + "\" (" + r.feature() + "): " + firstLine(r.failure())));
    }
    return failures;
  }

  /** The scenarios' cases; their inputs do not depend on the rules, so they are collected once. */
  @Override
  public List<RelapseCase> cases(KnowledgeBase knowledgeBase) {
    List<RelapseCase> collected = cases;
    if (collected == null) {
      collected = List.copyOf(runner.cases(knowledgeBase));
      cases = collected;
    }
    return collected;
  }

  private static String firstLine(String text) {
    if (text == null) {
      return "failed";
    }
    String line = text.strip().lines().findFirst().orElse("failed");
    return line.length() > 300 ? line.substring(0, 300) + "..." : line;
  }
}
