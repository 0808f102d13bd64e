package org.relapsecds.acceptance.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.relapsecds.rules.reference.ReferenceCase;
import org.relapsecds.rules.reference.ReferenceCases;

/**
 * The reference cases (rules module, reference-cases.json: the data the publishing gate and the
 * rules tests check) and the scenarios that tell them in Gherkin for clinicians stay one set: each
 * case has a scenario tagged with its id, and each such tag names a case of the data.
 */
class ReferenceCaseScenariosTest {
  private static final String PREFIX = "@case-";

  private final List<ScenarioDescription> scenarios = ScenarioRunner.scenarios();
  private final Set<String> ids =
      ReferenceCases.load().stream().map(ReferenceCase::id).collect(Collectors.toSet());

  @Test
  void everyReferenceCaseHasAScenarioTaggedWithItsId() {
    Set<String> tagged =
        scenarios.stream()
            .flatMap(s -> s.tags().stream())
            .filter(t -> t.startsWith(PREFIX))
            .map(t -> t.substring(1))
            .collect(Collectors.toSet());
    assertThat(tagged).as("reference case ids tagged on scenarios").containsAll(ids);
  }

  @Test
  void everyReferenceCaseTagNamesACaseOfTheData() {
    assertThat(scenarios)
        .allSatisfy(
            s ->
                assertThat(
                        s.tags().stream()
                            .filter(t -> t.startsWith(PREFIX))
                            .map(t -> t.substring(1)))
                    .as("reference case tags of \"%s\"", s.name())
                    .allMatch(ids::contains));
  }

  @Test
  void everyVignetteScenarioIsAReferenceCase() {
    assertThat(scenarios)
        .filteredOn(s -> s.tags().contains("@vignette"))
        .isNotEmpty()
        .allSatisfy(
            s ->
                assertThat(s.tags())
                    .as("reference case tag of vignette \"%s\"", s.name())
                    .anyMatch(t -> t.startsWith(PREFIX)));
  }

  @Test
  void eachReferenceCaseIsToldByOneScenario() {
    for (String id : ids) {
      assertThat(scenarios.stream().filter(s -> s.tags().contains("@" + id)))
          .as("scenarios tagged @%s", id)
          .hasSize(1);
    }
  }
}
