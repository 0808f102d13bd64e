package org.relapsecds.rules.reference;

import java.util.List;
import org.relapsecds.rules.engine.Outcome;
import org.relapsecds.rules.model.RelapseCase;

/**
 * One case of the reference set with the outcome the clinical specification gives for it.
 *
 * @param id a short id naming the specification's section and row, e.g. {@code case-9.1}; the
 *     scenario that tells the same case in Gherkin carries it as a tag ({@code @case-9.1})
 * @param title the case in the specification's words
 * @param source where in the specification the case and its outcome stand
 * @param facts the case
 * @param expectations what the rules must derive for it, one value each
 */
public record ReferenceCase(
    String id, String title, String source, RelapseCase facts, List<Expectation> expectations) {
  public ReferenceCase {
    expectations = List.copyOf(expectations);
  }

  /** The expectations an outcome of this case does not meet; empty when it meets all. */
  public List<Expectation> unmetBy(Outcome outcome) {
    return expectations.stream().filter(e -> !e.metBy(outcome)).toList();
  }
}
