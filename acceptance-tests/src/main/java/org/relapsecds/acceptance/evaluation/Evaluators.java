package org.relapsecds.acceptance.evaluation;

import java.net.URI;
import java.util.function.Supplier;
import org.relapsecds.rules.engine.BundledRules;
import org.relapsecds.rules.engine.KnowledgeBase;
import org.relapsecds.rules.engine.KnowledgeBaseCompiler;

/**
 * Hands the step definitions the evaluator of the current run. Thread-safe.
 *
 * <p>Cucumber instantiates the glue itself, so the evaluator cannot be passed in: a run binds one
 * to its thread ({@link #runWith}, used by the programmatic runner with a draft knowledge base),
 * and otherwise the default applies: the one set with {@link #setDefault} (the api's HTTP run),
 * else the server named by the system property {@code cds.baseUrl} (with {@code cds.apiKey}, or
 * {@code cds.user} and {@code cds.password}), else the bundled knowledge base in-process.
 */
public final class Evaluators {
  /** System property naming a server to run the scenarios against. */
  public static final String BASE_URL = "cds.baseUrl";

  private static final ThreadLocal<CaseEvaluator> BOUND = new ThreadLocal<>();
  private static volatile CaseEvaluator fallback;

  private Evaluators() {}

  /** The evaluator for the scenario running on this thread. */
  public static CaseEvaluator current() {
    CaseEvaluator bound = BOUND.get();
    return bound != null ? bound : defaultEvaluator();
  }

  /** Runs an action with an evaluator bound to this thread, then unbinds it. */
  public static <T> T runWith(CaseEvaluator evaluator, Supplier<T> action) {
    CaseEvaluator previous = BOUND.get();
    BOUND.set(evaluator);
    try {
      return action.get();
    } finally {
      if (previous == null) {
        BOUND.remove();
      } else {
        BOUND.set(previous);
      }
    }
  }

  /** Sets the evaluator used when none is bound to the thread. */
  public static void setDefault(CaseEvaluator evaluator) {
    fallback = evaluator;
  }

  private static CaseEvaluator defaultEvaluator() {
    CaseEvaluator e = fallback;
    if (e == null) {
      synchronized (Evaluators.class) {
        if (fallback == null) {
          fallback = fromSystemProperties();
        }
        e = fallback;
      }
    }
    return e;
  }

  /** Whether the system properties point the scenarios at a server. */
  public static boolean remoteRequested() {
    String baseUrl = System.getProperty(BASE_URL, "");
    return !baseUrl.isBlank();
  }

  private static CaseEvaluator fromSystemProperties() {
    if (!remoteRequested()) {
      return new InProcessCaseEvaluator(BundledKnowledgeBase.get());
    }
    URI baseUrl = URI.create(System.getProperty(BASE_URL).trim());
    String apiKey = System.getProperty("cds.apiKey", "");
    if (!apiKey.isBlank()) {
      return HttpCaseEvaluator.withApiKey(baseUrl, apiKey);
    }
    String user = System.getProperty("cds.user", "");
    if (!user.isBlank()) {
      return HttpCaseEvaluator.withBasic(baseUrl, user, System.getProperty("cds.password", ""));
    }
    throw new IllegalStateException(
        "cds.baseUrl is set but no credentials: add -Dcds.apiKey=... or -Dcds.user=... "
            + "-Dcds.password=...");
  }

  /** The bundled knowledge base, compiled once per JVM on first use. */
  public static final class BundledKnowledgeBase {
    private BundledKnowledgeBase() {}

    private static final class Holder {
      static final KnowledgeBase INSTANCE =
          new KnowledgeBaseCompiler().compile(BundledRules.load()).orThrow();
    }

    public static KnowledgeBase get() {
      return Holder.INSTANCE;
    }
  }
}
