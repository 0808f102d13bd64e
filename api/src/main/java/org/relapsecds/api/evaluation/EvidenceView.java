package org.relapsecds.api.evaluation;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.relapsecds.rules.engine.Evidence;

/**
 * A source behind a rule.
 *
 * @param key the key of the sources table, e.g. {@code Parker2010}
 * @param citation the full reference
 */
@Schema(name = "Evidence")
public record EvidenceView(String key, String citation) {
  /** Wire form of resolved evidence. */
  public static List<EvidenceView> of(List<Evidence> evidence) {
    return evidence.stream().map(e -> new EvidenceView(e.key(), e.citation())).toList();
  }
}
