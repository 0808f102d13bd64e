package org.relapsecds.acceptance.runner;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.core.gherkin.Feature;
import io.cucumber.core.gherkin.Pickle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.relapsecds.rules.engine.EvidenceSources;

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

  private final List<Pickle> scenarios = new ArrayList<>();

  ScenarioTagsTest() {
    for (Feature feature : ScenarioRunner.features()) {
      scenarios.addAll(feature.getPickles());
    }
  }

  @Test
  void everyScenarioHasATopicTag() {
    assertThat(scenarios)
        .isNotEmpty()
        .allSatisfy(
            s ->
                assertThat(s.getTags())
                    .as("topic tags of \"%s\"", s.getName())
                    .containsAnyElementsOf(TOPICS));
  }

  @Test
  void everyClinicalScenarioCitesASourceOfTheRegistry() {
    EvidenceSources sources = EvidenceSources.bundled();
    assertThat(scenarios)
        .filteredOn(s -> !s.getTags().contains("@bad-input"))
        .allSatisfy(
            s ->
                assertThat(s.getTags())
                    .as("source keys among the tags of \"%s\"", s.getName())
                    .anyMatch(tag -> sources.contains(tag.substring(1))));
  }

  @Test
  void everyTagIsATopicASourceKeyOrADocumentedMarker() {
    EvidenceSources sources = EvidenceSources.bundled();
    Set<String> markers = Set.of("@vignette", "@unverified", "@not-covered", "@http-only", "@wip");
    Set<String> unknown = new HashSet<>();
    scenarios.forEach(
        s ->
            s.getTags().stream()
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
    List<String> names = scenarios.stream().map(s -> s.getUri() + " " + s.getName()).toList();
    assertThat(names).doesNotHaveDuplicates();
  }

  @Test
  void noScenarioIsLeftWorkInProgress() {
    assertThat(scenarios).noneMatch(s -> s.getTags().contains("@wip"));
  }
}
