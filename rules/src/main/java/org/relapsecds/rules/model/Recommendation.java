package org.relapsecds.rules.model;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * An outcome item: something the knowledge base recommends considering. Its evidence is the
 * {@code @evidence} of the rule that inserted it; the engine attaches that.
 *
 * @param code the contract's recommendation code
 * @param schemes the schemes the recommendation follows from; empty when it holds for all
 * @param title a short title
 * @param rationale why, with the figures of the sources
 */
public record Recommendation(
    RecommendationCode code, Set<Scheme> schemes, String title, String rationale) {
  public Recommendation {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(rationale, "rationale");
    Set<Scheme> copy = EnumSet.noneOf(Scheme.class);
    if (schemes != null) {
      copy.addAll(schemes);
    }
    schemes = Collections.unmodifiableSet(copy);
  }

  /** A recommendation that follows from one scheme (the DRL names no collection type). */
  public Recommendation(RecommendationCode code, Scheme scheme, String title, String rationale) {
    this(code, Set.of(scheme), title, rationale);
  }

  /** A recommendation that does not depend on a scheme. */
  public Recommendation(RecommendationCode code, String title, String rationale) {
    this(code, Set.of(), title, rationale);
  }

  // The default record text, spelled out: Java 17 builds it with String.format, and the engine's
  // trace prints every derived fact. DerivedFactTextTest keeps the two the same.
  @Override
  public String toString() {
    return "Recommendation[code="
        + code
        + ", schemes="
        + schemes
        + ", title="
        + title
        + ", rationale="
        + rationale
        + "]";
  }
}
