package org.relapsecds.authoring.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.relapsecds.rules.engine.RuleSource;

/**
 * The rule files of one version of the rules.
 *
 * @param commit the version id (a git commit id)
 * @param sources the top-level rule files ({@code RuleFileKind}), sorted by name
 * @param blobIds the git blob id of each file, which is also its ETag
 */
public record RuleSnapshot(String commit, List<RuleSource> sources, Map<String, String> blobIds) {
  public RuleSnapshot {
    sources = List.copyOf(sources);
    blobIds = Map.copyOf(blobIds);
  }

  /** The text of one file, if present. */
  public Optional<RuleSource> file(String name) {
    return sources.stream().filter(s -> s.file().equals(name)).findFirst();
  }
}
