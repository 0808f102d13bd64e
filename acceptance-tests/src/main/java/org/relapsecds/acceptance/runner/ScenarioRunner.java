package org.relapsecds.acceptance.runner;

import io.cucumber.core.feature.FeatureParser;
import io.cucumber.core.feature.FeatureWithLines;
import io.cucumber.core.gherkin.Feature;
import io.cucumber.core.options.RuntimeOptions;
import io.cucumber.core.options.RuntimeOptionsBuilder;
import io.cucumber.core.runtime.FeaturePathFeatureSupplier;
import io.cucumber.core.runtime.Runtime;
import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestCaseStarted;
import io.cucumber.plugin.event.TestSourceRead;
import io.cucumber.tagexpressions.TagExpressionParser;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.relapsecds.acceptance.evaluation.Evaluators;
import org.relapsecds.acceptance.evaluation.InProcessCaseEvaluator;
import org.relapsecds.rules.engine.KnowledgeBase;
import org.relapsecds.rules.model.RelapseCase;

/**
 * Runs the acceptance scenarios in-process against a given knowledge base, e.g. a draft before it
 * is published, and reports pass or fail per scenario with the rules each one fired.
 *
 * <p>Uses Cucumber's runtime on the calling thread, with that knowledge base bound to the thread
 * for the step definitions, so concurrent runs against different drafts do not interfere. The
 * feature files are parsed once per JVM. Scenarios tagged {@code @wip} (not ready) or {@code
 * @http-only} (input only JSON can carry) are not run.
 */
public final class ScenarioRunner {
  /** Tag expression of the scenarios a run includes. */
  public static final String SCENARIOS = "not @wip and not @http-only";

  static final String GLUE = "classpath:/org/relapsecds/acceptance/steps";
  static final String FEATURES = "classpath:features";

  private static volatile List<Feature> features;

  /** Runs every scenario against the knowledge base. */
  public ScenarioRunReport run(KnowledgeBase knowledgeBase) {
    return execute(knowledgeBase).report();
  }

  /** Every valid case the scenarios evaluate, without repeats, in run order. */
  public List<RelapseCase> cases(KnowledgeBase knowledgeBase) {
    return new ArrayList<>(new LinkedHashSet<>(execute(knowledgeBase).cases));
  }

  private Recorder execute(KnowledgeBase knowledgeBase) {
    Recorder recorder = new Recorder();
    RuntimeOptions options = options();
    Runtime runtime =
        Runtime.builder()
            .withRuntimeOptions(options)
            .withClassLoader(ScenarioRunner::classLoader)
            .withFeatureSupplier(() -> features(options))
            .withAdditionalPlugins(recorder)
            .build();
    Evaluators.runWith(
        new InProcessCaseEvaluator(knowledgeBase, recorder::evaluated),
        () -> {
          runtime.run();
          return null;
        });
    return recorder;
  }

  /** The parsed feature files (every scenario, before tag filtering). */
  static List<Feature> features() {
    return features(options());
  }

  private static RuntimeOptions options() {
    return new RuntimeOptionsBuilder()
        .addGlue(URI.create(GLUE))
        .addFeature(FeatureWithLines.parse(FEATURES))
        .addTagFilter(TagExpressionParser.parse(SCENARIOS))
        .setMonochrome()
        .setPublishQuiet(true)
        .setThreads(1)
        .build();
  }

  private static ClassLoader classLoader() {
    return ScenarioRunner.class.getClassLoader();
  }

  private static List<Feature> features(RuntimeOptions options) {
    List<Feature> parsed = features;
    if (parsed == null) {
      synchronized (ScenarioRunner.class) {
        if (features == null) {
          features =
              List.copyOf(
                  new FeaturePathFeatureSupplier(
                          ScenarioRunner::classLoader, options, new FeatureParser(UUID::randomUUID))
                      .get());
        }
        parsed = features;
      }
    }
    return parsed;
  }

  /** Collects results and, per scenario, the cases evaluated and rules fired. Same thread only. */
  private static final class Recorder implements ConcurrentEventListener {
    private final Map<URI, String> featureNames = new HashMap<>();
    private final List<ScenarioResult> results = new ArrayList<>();
    private final List<Set<String>> firings = new ArrayList<>();
    private final List<RelapseCase> cases = new ArrayList<>();
    private Set<String> fired = new LinkedHashSet<>();

    @Override
    public void setEventPublisher(EventPublisher publisher) {
      publisher.registerHandlerFor(TestSourceRead.class, this::sourceRead);
      publisher.registerHandlerFor(TestCaseStarted.class, e -> fired = new LinkedHashSet<>());
      publisher.registerHandlerFor(TestCaseFinished.class, this::finished);
    }

    void evaluated(RelapseCase relapseCase, org.relapsecds.rules.engine.Outcome outcome) {
      cases.add(relapseCase);
      outcome.firedRules().forEach(f -> fired.add(f.rule().name()));
    }

    private void sourceRead(TestSourceRead event) {
      String name =
          event
              .getSource()
              .lines()
              .map(String::trim)
              .filter(l -> l.startsWith("Feature:"))
              .map(l -> l.substring("Feature:".length()).trim())
              .findFirst()
              .orElse(event.getUri().toString());
      featureNames.put(event.getUri(), name);
    }

    private void finished(TestCaseFinished event) {
      boolean passed = event.getResult().getStatus() == Status.PASSED;
      Throwable error = event.getResult().getError();
      String failure =
          passed
              ? null
              : error != null
                  ? String.valueOf(error.getMessage())
                  : event.getResult().getStatus().name();
      URI uri = event.getTestCase().getUri();
      results.add(
          new ScenarioResult(
              featureNames.getOrDefault(uri, uri.toString()),
              event.getTestCase().getName(),
              passed,
              failure));
      firings.add(fired);
      fired = new LinkedHashSet<>();
    }

    ScenarioRunReport report() {
      return new ScenarioRunReport(results, firings);
    }
  }
}
