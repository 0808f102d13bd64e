package org.relapsecds.rules.engine;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A rule of a knowledge base with its metadata, normalised to plain strings (DRL quoting removed).
 *
 * @param name the rule name, a sentence a clinician can check against the source
 * @param file the DRL file that holds it
 * @param metadata every {@code @key(value)} of the rule
 */
public record RuleDescriptor(String name, String file, Map<String, String> metadata) {
  public RuleDescriptor {
    metadata = Map.copyOf(metadata);
  }

  /** The source keys of {@code @evidence}, split on commas; empty when absent. */
  public List<String> evidenceKeys() {
    String evidence = metadata.get("evidence");
    if (evidence == null || evidence.isBlank()) {
      return List.of();
    }
    return Arrays.stream(evidence.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  /** {@code verified}, {@code unverified}, or null when the rule has no {@code @status}. */
  public String status() {
    return metadata.get("status");
  }
}
