package org.relapsecds.acceptance.runner;

import java.net.URI;
import java.util.List;

/**
 * One scenario of the feature files, as a dry run lists it.
 *
 * @param feature the feature's title
 * @param name the scenario's name, placeholders filled in
 * @param uri the feature file
 * @param line the line of the scenario (of its Examples row for an outline)
 * @param tags its tags with the feature's and the Examples block's, each with its {@code @}
 */
public record ScenarioDescription(
    String feature, String name, URI uri, int line, List<String> tags) {
  public ScenarioDescription {
    tags = List.copyOf(tags);
  }
}
