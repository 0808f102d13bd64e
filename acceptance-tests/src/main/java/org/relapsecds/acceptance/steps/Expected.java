package org.relapsecds.acceptance.steps;

import java.util.Collection;
import java.util.Objects;
import org.relapsecds.rules.model.Scheme;
import org.relapsecds.rules.reference.Expectation;

/**
 * The assertions of the "Then" steps, with plain failure messages. The publishing gate shows a
 * failing scenario's first line to a rule editor, so each message says in one sentence, in clinical
 * words, what was expected and what the rules gave ("HSCT under UK ALL R3: expected INDICATED, the
 * rules give NOT_INDICATED"), not an assertion library's bracketed description over three lines.
 * Failures are {@link AssertionError}s (java.lang), which Cucumber reports as failed steps: the
 * steps ship in the server (the gate runs them), and no assertion library does.
 */
final class Expected {
  private Expected() {}

  static void equal(String what, Object expected, Object actual) {
    if (!Objects.equals(expected, actual)) {
      throw new AssertionError(
          what
              + ": expected "
              + expected
              + ", the rules give "
              + (actual == null ? "nothing" : actual));
    }
  }

  static void among(String what, Object expected, Collection<?> actual) {
    if (!actual.contains(expected)) {
      throw new AssertionError(
          what + ": expected " + expected + " among them, the rules give " + listed(actual));
    }
  }

  static void notAmong(String what, Object unexpected, Collection<?> actual) {
    if (actual.contains(unexpected)) {
      throw new AssertionError(
          what + ": expected no " + unexpected + ", the rules give " + listed(actual));
    }
  }

  static void none(String what, Collection<?> actual) {
    if (!actual.isEmpty()) {
      throw new AssertionError(what + ": expected none, the rules give " + listed(actual));
    }
  }

  static void holds(boolean condition, String message) {
    if (!condition) {
      throw new AssertionError(message);
    }
  }

  /** The scheme as the papers name it. */
  static String label(Scheme scheme) {
    return Expectation.label(scheme);
  }

  static String listed(Collection<?> values) {
    return values.isEmpty()
        ? "none"
        : String.join(", ", values.stream().map(String::valueOf).toList());
  }
}
