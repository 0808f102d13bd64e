package org.relapsecds.rules.engine;

import java.util.function.Supplier;

/**
 * Runs Drools calls with this module's class loader as the thread's context class loader.
 *
 * <p>Drools discovers its runtime services through the context class loader. Threads of the common
 * ForkJoin pool (parallel streams) carry the system class loader, which inside a Spring Boot
 * executable jar cannot see the nested Drools jars: the first evaluation on such a thread failed
 * with "Missing runtime" and poisoned later ones. Pinning the loader here makes the engine safe on
 * any thread.
 */
final class EngineClassLoader {
  private static final ClassLoader ENGINE = EngineClassLoader.class.getClassLoader();

  private EngineClassLoader() {}

  /** The class loader of this module, which sees Drools and the fact model. */
  static ClassLoader engine() {
    return ENGINE;
  }

  static <T> T call(Supplier<T> action) {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    if (previous == ENGINE) {
      return action.get();
    }
    thread.setContextClassLoader(ENGINE);
    try {
      return action.get();
    } finally {
      thread.setContextClassLoader(previous);
    }
  }
}
