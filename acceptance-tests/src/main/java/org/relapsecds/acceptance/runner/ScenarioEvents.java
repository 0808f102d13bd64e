package org.relapsecds.acceptance.runner;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestCaseStarted;
import io.cucumber.plugin.event.TestSourceRead;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.relapsecds.rules.engine.Outcome;
import org.relapsecds.rules.model.RelapseCase;

/**
 * The Cucumber plugin of {@link ScenarioRunner}: Cucumber creates it from the command line ({@code
 * --plugin org.relapsecds.acceptance.runner.ScenarioEvents:<run id>}) and it hands the run's events
 * to the {@link Recording} of that id. Public only because Cucumber instantiates it.
 */
public final class ScenarioEvents implements ConcurrentEventListener {
  private static final Map<String, Recording> OPEN = new ConcurrentHashMap<>();

  private final Recording recording;

  /**
   * @param runId the id of an open {@link Recording}
   */
  public ScenarioEvents(String runId) {
    recording = OPEN.get(runId);
    if (recording == null) {
      throw new IllegalStateException("no scenario run " + runId + " is open");
    }
  }

  @Override
  public void setEventPublisher(EventPublisher publisher) {
    publisher.registerHandlerFor(TestSourceRead.class, recording::sourceRead);
    publisher.registerHandlerFor(TestCaseStarted.class, recording::started);
    publisher.registerHandlerFor(TestCaseFinished.class, recording::finished);
  }

  /**
   * What one run produced: per scenario its result, the rules it fired and the cases it evaluated.
   * Filled on the thread that runs the scenarios.
   */
  static final class Recording implements AutoCloseable {
    private final String id = UUID.randomUUID().toString();
    private final Map<URI, String> featureNames = new ConcurrentHashMap<>();
    private final List<ScenarioResult> results = new ArrayList<>();
    private final List<Set<String>> firings = new ArrayList<>();
    private final List<RelapseCase> cases = new ArrayList<>();
    private final List<ScenarioDescription> scenarios = new ArrayList<>();
    private Set<String> fired = new LinkedHashSet<>();

    static Recording open() {
      Recording recording = new Recording();
      OPEN.put(recording.id, recording);
      return recording;
    }

    String id() {
      return id;
    }

    void evaluated(RelapseCase relapseCase, Outcome outcome) {
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

    private void started(TestCaseStarted event) {
      fired = new LinkedHashSet<>();
      TestCase testCase = event.getTestCase();
      scenarios.add(
          new ScenarioDescription(
              feature(testCase.getUri()),
              testCase.getName(),
              testCase.getUri(),
              testCase.getLocation().getLine(),
              testCase.getTags()));
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
      results.add(
          new ScenarioResult(
              feature(event.getTestCase().getUri()),
              event.getTestCase().getName(),
              passed,
              failure));
      firings.add(fired);
      fired = new LinkedHashSet<>();
    }

    private String feature(URI uri) {
      return featureNames.getOrDefault(uri, uri.toString());
    }

    ScenarioRunReport report() {
      return new ScenarioRunReport(results, firings);
    }

    List<RelapseCase> cases() {
      return List.copyOf(cases);
    }

    List<ScenarioDescription> scenarios() {
      return List.copyOf(scenarios);
    }

    @Override
    public void close() {
      OPEN.remove(id);
    }
  }
}
