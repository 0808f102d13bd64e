package org.relapsecds.authoring.lifecycle;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.relapsecds.authoring.impact.ImpactAnalysis;
import org.relapsecds.authoring.impact.ImpactCorpus;
import org.relapsecds.authoring.impact.ImpactReport;
import org.relapsecds.authoring.store.RuleStore;
import org.relapsecds.rules.engine.EvaluationLimitExceededException;
import org.relapsecds.rules.engine.KnowledgeBase;
import org.relapsecds.rules.model.RelapseCase;

/**
 * The draft's impact on the reference corpus: the impact grid (sampled down to a maximum when one
 * is set) and the gate's reference cases. The analysis takes every core for a while, so one runs at
 * a time per server, and the last report is kept while neither knowledge base changes.
 */
final class DraftImpact {
  private final RuleStore store;
  private final Gate gate;
  private final LiveKnowledgeBase live;
  private final CompiledDraft compiledDraft;
  private final List<RelapseCase> grid;
  private final OneAtATime runs =
      new OneAtATime(
          "An impact analysis is already running on this server; try again when it has finished.");
  private final AtomicReference<ImpactReport> lastReport = new AtomicReference<>();

  /**
   * @param maxGridCases the most grid cases an analysis evaluates, taken at even steps through the
   *     grid so every dimension stays; 0 for the whole grid
   */
  DraftImpact(RuleStore store, Gate gate, LiveKnowledgeBase live, int maxGridCases) {
    if (maxGridCases < 0) {
      throw new IllegalArgumentException("maxGridCases must be 0 (whole grid) or more");
    }
    this.store = store;
    this.gate = gate;
    this.live = live;
    this.compiledDraft = new CompiledDraft(gate);
    this.grid = ImpactCorpus.sample(ImpactCorpus.grid(), maxGridCases);
  }

  /** The guard that lets one analysis run at a time. */
  OneAtATime runs() {
    return runs;
  }

  /** The grid cases an analysis evaluates. */
  int gridCases() {
    return grid.size();
  }

  /**
   * The impact, refusing while another analysis runs.
   *
   * @throws LifecycleException.Busy while another analysis runs
   */
  ImpactReport analyseOrRefuse() {
    return runs.runOrRefuse(
        this::analyse,
        () -> {
          ImpactReport last = lastReport.get();
          return last == null ? 5 : (last.millis() + 999) / 1000;
        });
  }

  /**
   * The impact for a publish that already passed the gate, after any running analysis (publishes
   * are serialised, so waiting keeps the one-at-a-time rule without refusing the publish); null
   * when it cannot be given (the gate has said why).
   */
  ImpactReport analyseAfterOthers() {
    try {
      return runs.runAfterOthers(this::analyse);
    } catch (LifecycleException e) {
      return null;
    }
  }

  private ImpactReport analyse() {
    KnowledgeBase candidate = compiledDraft.of(store.draft());
    KnowledgeBase now = live.current();
    ImpactReport cached = lastReport.get();
    if (cached != null
        && cached.activeVersion().equals(now.version())
        && cached.draftVersion().equals(candidate.version())) {
      return cached;
    }
    ImpactReport report;
    try {
      report = ImpactAnalysis.analyse(now, candidate, corpus(now));
    } catch (EvaluationLimitExceededException e) {
      throw new LifecycleException.DraftDoesNotFinish(
          "Knowledge base "
              + e.knowledgeBaseVersion()
              + " was stopped at the "
              + (e.limit() == EvaluationLimitExceededException.Limit.RULE_FIRINGS
                  ? "rule firing limit"
                  : "time budget")
              + "; no impact can be given. Rules involved: "
              + String.join(", ", e.rulesInvolved()),
          e.rulesInvolved());
    }
    lastReport.set(report);
    return report;
  }

  private List<RelapseCase> corpus(KnowledgeBase kb) {
    List<RelapseCase> cases = new ArrayList<>(grid);
    int n = 0;
    for (RelapseCase c : gate.referenceCases(kb)) {
      n++;
      // scenario cases carry no id; name them so the impact view can point at them
      cases.add(c.caseId() != null ? c : c.toBuilder().caseId("reference-case-" + n).build());
    }
    return cases;
  }
}
