package org.relapsecds.authoring.remote;

/**
 * The outcome of checking a published commit before a server activates it.
 *
 * @param value what activating needs (e.g. the compiled knowledge base); null when refused
 * @param refusal why it is refused (rule-check findings, compile problems); null when accepted
 */
public record Verdict<T>(T value, String refusal) {

  public static <T> Verdict<T> accept(T value) {
    return new Verdict<>(java.util.Objects.requireNonNull(value), null);
  }

  public static <T> Verdict<T> refuse(String refusal) {
    return new Verdict<>(null, java.util.Objects.requireNonNull(refusal));
  }

  public boolean accepted() {
    return value != null;
  }

  /** Checks a commit, which is in the local object database when it is called. */
  @FunctionalInterface
  public interface Verifier<T> {
    Verdict<T> verify(String commit);
  }
}
