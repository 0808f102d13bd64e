package org.relapsecds.rules.engine;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;

/**
 * The only class loader that compiled rules see: Drools' compiler resolves the names in DRL through
 * it, and the classes it generates (consequences, invokers, condition evaluators) are defined in a
 * Drools project class loader whose parent is this one, so every class they reference at run time
 * resolves through it too. It answers only what {@link RuleClassPolicy} allows; anything else is
 * "not found", whether asked for as a class or as a {@code .class} resource (the Java compiler
 * reads class files as resources).
 *
 * <p>Drools itself is loaded by the engine's class loader and is not restricted: this governs what
 * rule code can name, not what the engine does on its behalf.
 */
final class RuleClassLoader extends ClassLoader {
  static {
    registerAsParallelCapable();
  }

  private static final String CLASS_SUFFIX = ".class";

  private final ClassLoader engine;

  RuleClassLoader(ClassLoader engine) {
    super("relapse-cds-rules", null);
    this.engine = engine;
  }

  @Override
  protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
    if (!RuleClassPolicy.allows(name)) {
      throw new ClassNotFoundException(name + " is not available to rules");
    }
    return engine.loadClass(name);
  }

  @Override
  public URL getResource(String name) {
    return resourceAllowed(name) ? engine.getResource(name) : null;
  }

  @Override
  public Enumeration<URL> getResources(String name) throws IOException {
    return resourceAllowed(name) ? engine.getResources(name) : Collections.emptyEnumeration();
  }

  private static boolean resourceAllowed(String name) {
    if (!name.endsWith(CLASS_SUFFIX)) {
      return RuleClassPolicy.allowsResource(name);
    }
    String className = name.substring(0, name.length() - CLASS_SUFFIX.length()).replace('/', '.');
    return RuleClassPolicy.allows(className) || RuleClassPolicy.compileOnly(className);
  }
}
