package org.relapsecds.api.decisions;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.relapsecds.api.evaluation.EvaluationService;
import org.relapsecds.api.knowledgebase.ActiveKnowledgeBase;
import org.relapsecds.authoring.store.RuleSnapshot;
import org.relapsecds.authoring.store.RuleStore;
import org.relapsecds.rules.engine.Compilation;
import org.relapsecds.rules.engine.KnowledgeBase;
import org.relapsecds.rules.engine.KnowledgeBaseCompiler;
import org.relapsecds.rules.model.RelapseCase;
import org.springframework.http.HttpStatus;

/**
 * Replays a recorded decision: reads the stored case again, evaluates it under the knowledge-base
 * version the decision used (rebuilt from the rule repository's history) and under the active
 * version, and compares them field by field.
 *
 * <p>Compiled earlier versions are kept in a small least-recently-used cache ({@code
 * cds.decisions.replay-cache-size}, default 3): a review usually replays many decisions of the same
 * few versions, and a compile takes a second or more, but each compiled version holds tens of MB.
 */
public class DecisionReplay {
  private final DecisionStore store;
  private final EvaluationService evaluation;
  private final ActiveKnowledgeBase active;
  private final RuleStore repository;
  private final KnowledgeBaseCompiler compiler;
  private final Map<String, KnowledgeBase> compiled;

  public DecisionReplay(
      DecisionStore store,
      EvaluationService evaluation,
      ActiveKnowledgeBase active,
      RuleStore repository,
      KnowledgeBaseCompiler compiler,
      int cacheSize) {
    this.store = store;
    this.evaluation = evaluation;
    this.active = active;
    this.repository = repository;
    this.compiler = compiler;
    this.compiled =
        new LinkedHashMap<>(16, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<String, KnowledgeBase> eldest) {
            return size() > Math.max(1, cacheSize);
          }
        };
  }

  /**
   * Replays one decision.
   *
   * @throws DecisionException 404 when there is no such decision, 409 when only the case's digest
   *     is kept, 422 when its version is not in the rule history
   */
  public DecisionViews.Replay replay(String decisionId) {
    DecisionRecord record =
        store
            .find(decisionId)
            .orElseThrow(
                () ->
                    new DecisionException(
                        HttpStatus.NOT_FOUND, null, "No decision " + decisionId + "."));
    if (record.caseJson() == null) {
      throw new DecisionException(
          HttpStatus.CONFLICT,
          DecisionException.CASE_NOT_STORED,
          "Decision "
              + decisionId
              + " keeps only the SHA-256 digest of its case (cds.decisions.store-case=false when it"
              + " was recorded), so it cannot be replayed.");
    }
    RelapseCase relapseCase =
        evaluation.read(record.caseJson().getBytes(StandardCharsets.UTF_8), "replay");
    KnowledgeBase now = active.current();
    KnowledgeBase then = version(record.knowledgeBaseVersion(), now);
    DecisionOutcome original = DecisionOutcome.of(evaluation.evaluateWith(then, relapseCase));
    DecisionOutcome current =
        then == now ? original : DecisionOutcome.of(evaluation.evaluateWith(now, relapseCase));
    return new DecisionViews.Replay(
        record.id(),
        record.outcome(),
        new DecisionViews.Run(then.version(), then.ruleCount(), original),
        new DecisionViews.Run(now.version(), now.ruleCount(), current),
        original.equals(record.outcome()),
        differences(original, current));
  }

  static List<DecisionViews.Difference> differences(DecisionOutcome a, DecisionOutcome b) {
    Map<String, String> before = a.fields();
    Map<String, String> after = b.fields();
    TreeSet<String> names = new TreeSet<>(before.keySet());
    names.addAll(after.keySet());
    List<DecisionViews.Difference> differences = new ArrayList<>();
    for (String name : names) {
      String x = before.getOrDefault(name, "none");
      String y = after.getOrDefault(name, "none");
      if (!Objects.equals(x, y)) {
        differences.add(new DecisionViews.Difference(name, x, y));
      }
    }
    return differences;
  }

  private synchronized KnowledgeBase version(String version, KnowledgeBase now) {
    if (now.version().equals(version)) {
      return now;
    }
    KnowledgeBase cached = compiled.get(version);
    if (cached != null) {
      return cached;
    }
    RuleSnapshot snapshot =
        repository
            .commitOfVersion(version)
            .flatMap(repository::at)
            .orElseThrow(
                () ->
                    new DecisionException(
                        HttpStatus.UNPROCESSABLE_CONTENT,
                        DecisionException.VERSION_UNKNOWN,
                        "Knowledge-base version "
                            + version
                            + " is not in the history of the rule repository, so the decision"
                            + " cannot be replayed under it."));
    Compilation compilation = compiler.compile(snapshot.sources());
    if (!compilation.succeeded()) {
      throw new DecisionException(
          HttpStatus.UNPROCESSABLE_CONTENT,
          DecisionException.VERSION_UNKNOWN,
          "Knowledge-base version " + version + " no longer compiles on this server.");
    }
    KnowledgeBase kb = compilation.orThrow();
    compiled.put(version, kb);
    return kb;
  }
}
