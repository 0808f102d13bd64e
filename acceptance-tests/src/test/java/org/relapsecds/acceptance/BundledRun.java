package org.relapsecds.acceptance;

import org.relapsecds.acceptance.evaluation.Evaluators;
import org.relapsecds.acceptance.runner.ScenarioRunReport;
import org.relapsecds.acceptance.runner.ScenarioRunner;
import org.relapsecds.rules.engine.KnowledgeBase;

/** One programmatic run against the bundled knowledge base, shared by the tests that read it. */
final class BundledRun {
  private BundledRun() {}

  private static final class Holder {
    static final ScenarioRunReport REPORT = new ScenarioRunner().run(knowledgeBase());
  }

  static KnowledgeBase knowledgeBase() {
    return Evaluators.BundledKnowledgeBase.get();
  }

  static ScenarioRunReport report() {
    return Holder.REPORT;
  }
}
