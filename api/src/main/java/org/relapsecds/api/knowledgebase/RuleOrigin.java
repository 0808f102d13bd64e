package org.relapsecds.api.knowledgebase;

import java.util.Optional;

/** Where the served rules come from, for {@code GET /api/v1/knowledge-base}. */
@FunctionalInterface
public interface RuleOrigin {
  /** The rule remote's view; empty when this server has no remote. */
  Optional<KnowledgeBaseView.Replication> replication();
}
