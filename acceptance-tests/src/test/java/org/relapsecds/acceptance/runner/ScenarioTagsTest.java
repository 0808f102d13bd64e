package org.relapsecds.acceptance.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.relapsecds.rules.engine.EvidenceSources;
import org.relapsecds.rules.reference.ReferenceCase;
import org.relapsecds.rules.reference.ReferenceCases;

/** Every scenario can be selected by the study it rests on and by its topic. */
class ScenarioTagsTest {
  static final Set<String> TOPICS =
      Set.of(
          "@site",
          "@timing",
          "@bfm",
          "@uk-r3",
          "@cog",
          "@transplant",
          "@divergence",
          "@reinduction",
          "@local-therapy",
          "@refractory",
          "@agents",
          "@safety",
          "@prognosis",
          "@outcome-figures",
          "@missing-data",
          "@bad-input");

  private final List<ScenarioDescription> scenarios = ScenarioRunner.scenarios();

  @Test
  void everyScenarioHasATopicTag() {
    assertThat(scenarios)
        .isNotEmpty()
        .allSatisfy(
            s ->
                assertThat(s.tags())
                    .as("topic tags of \"%s\"", s.name())
                    .containsAnyElementsOf(TOPICS));
  }

  @Test
  void everyClinicalScenarioCitesASourceOfTheRegistry() {
    EvidenceSources sources = EvidenceSources.bundled();
    assertThat(scenarios)
        .filteredOn(s -> !s.tags().contains("@bad-input"))
        .allSatisfy(
            s ->
                assertThat(s.tags())
                    .as("source keys among the tags of \"%s\"", s.name())
                    .anyMatch(tag -> sources.contains(tag.substring(1))));
  }

  @Test
  void everyTagIsATopicASourceKeyOrADocumentedMarker() {
    EvidenceSources sources = EvidenceSources.bundled();
    Set<String> markers =
        new HashSet<>(Set.of("@vignette", "@unverified", "@not-covered", "@http-only", "@wip"));
    // a reference case's id names the scenario that tells it (ReferenceCaseScenariosTest)
    ReferenceCases.load().stream().map(ReferenceCase::id).forEach(id -> markers.add("@" + id));
    Set<String> unknown = new HashSet<>();
    scenarios.forEach(
        s ->
            s.tags().stream()
                .filter(
                    t ->
                        !TOPICS.contains(t)
                            && !markers.contains(t)
                            && !sources.contains(t.substring(1)))
                .forEach(unknown::add));
    assertThat(unknown).as("tags that are neither a topic, a source key nor a marker").isEmpty();
  }

  @Test
  void scenarioNamesAreUniqueSoReportsAndResultsTellThemApart() {
    List<String> names = scenarios.stream().map(s -> s.uri() + " " + s.name()).toList();
    assertThat(names).doesNotHaveDuplicates();
  }

  @Test
  void noScenarioIsLeftWorkInProgress() {
    assertThat(scenarios).noneMatch(s -> s.tags().contains("@wip"));
  }
}
