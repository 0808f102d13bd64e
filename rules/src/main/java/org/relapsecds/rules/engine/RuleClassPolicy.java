package org.relapsecds.rules.engine;

import java.util.List;
import java.util.Set;

/**
 * What compiled rules may name: the fact model, the JDK value types a clinical rule needs, and the
 * few Drools types that the classes Drools generates for a rule extend or call. Everything else
 * (the service's own classes, Spring, Jackson, Micrometer, {@code Runtime}, {@code ProcessBuilder},
 * {@code System}, {@code Thread}, {@code ClassLoader}, files, reflection, method handles, streams,
 * JVM-wide setters such as {@code TimeZone} and {@code Locale}) is "not found".
 *
 * <p>The Drools and JDK entries were measured, not guessed: with an allow-all policy that recorded
 * every successful lookup, compiling the bundled rules and evaluating the test corpus asked for
 * exactly the JDK and Drools types listed here (see docs/security.md, "Layer 2"). A type Drools
 * itself loads by name from its configuration (accumulate functions, operator definitions, field
 * reader base classes) is allowed by package, since those packages hold nothing else.
 */
final class RuleClassPolicy {
  private static final String MODEL = "org.relapsecds.rules.model.";

  private static final Set<String> JDK =
      Set.of(
          // java.lang value types, the supertypes the Java compiler reads, and the exceptions a
          // generated invoker declares or catches
          "java.lang.Object",
          "java.lang.String",
          "java.lang.Class",
          "java.lang.Enum",
          "java.lang.Enum$EnumDesc",
          "java.lang.Record",
          "java.lang.Integer",
          "java.lang.Long",
          "java.lang.Double",
          "java.lang.Float",
          "java.lang.Short",
          "java.lang.Byte",
          "java.lang.Character",
          "java.lang.Boolean",
          "java.lang.Number",
          "java.lang.Void",
          "java.lang.Comparable",
          "java.lang.CharSequence",
          "java.lang.Iterable",
          "java.lang.Cloneable",
          "java.lang.AutoCloseable",
          "java.lang.StringBuilder",
          "java.lang.Throwable",
          "java.lang.Exception",
          "java.lang.RuntimeException",
          "java.lang.Error",
          "java.lang.IllegalStateException",
          "java.lang.IllegalArgumentException",
          "java.lang.NullPointerException",
          "java.lang.ClassCastException",
          "java.lang.UnsupportedOperationException",
          "java.lang.Override",
          "java.lang.Deprecated",
          "java.lang.SuppressWarnings",
          "java.lang.FunctionalInterface",
          "java.lang.SafeVarargs",
          "java.lang.reflect.AnnotatedElement",
          "java.lang.reflect.GenericDeclaration",
          "java.lang.reflect.Type",
          // string concatenation compiles to invokedynamic: the JVM resolves these through the
          // rule's class loader when it links the call site
          "java.lang.invoke.StringConcatFactory",
          "java.lang.invoke.MethodHandles$Lookup",
          "java.lang.invoke.MethodType",
          "java.lang.invoke.CallSite",
          "java.lang.invoke.TypeDescriptor",
          "java.lang.invoke.TypeDescriptor$OfField",
          "java.lang.invoke.TypeDescriptor$OfMethod",
          "java.io.Serializable",
          // collections of the model and of EnumSet.of / Set.of / List.of
          "java.util.List",
          "java.util.Set",
          "java.util.Map",
          "java.util.Map$Entry",
          "java.util.Collection",
          "java.util.EnumSet",
          "java.util.Optional",
          "java.util.Objects",
          "java.util.Iterator",
          "java.util.ListIterator",
          "java.util.RandomAccess",
          "java.util.ArrayList",
          "java.util.HashMap",
          "java.util.HashSet",
          "java.util.LinkedHashMap",
          "java.util.LinkedHashSet",
          "java.util.TreeMap",
          "java.util.TreeSet",
          "java.util.SortedMap",
          "java.util.SortedSet",
          "java.util.NavigableMap",
          "java.util.NavigableSet",
          "java.util.AbstractCollection",
          "java.util.AbstractList",
          "java.util.AbstractSet",
          "java.util.AbstractMap",
          "java.util.Comparator");

  /** Packages whose every type is a value type of the model (dates, periods, units). */
  private static final List<String> JDK_PACKAGES =
      List.of("java.time.", "java.time.temporal.", "java.time.chrono.", "java.lang.constant.");

  /** What a generated consequence, invoker or field reader extends, implements or calls. */
  private static final Set<String> DROOLS =
      Set.of(
          "org.drools.base.base.ValueType",
          "org.drools.base.base.ValueResolver",
          "org.drools.base.factmodel.GeneratedFact",
          "org.drools.base.reteoo.BaseTuple",
          "org.drools.base.rule.Declaration",
          "org.drools.base.rule.RuleComponent",
          "org.drools.base.rule.accessor.CompiledInvoker",
          "org.drools.base.rule.accessor.FieldValue",
          "org.drools.base.rule.accessor.Invoker",
          "org.drools.base.rule.accessor.ReturnValueExpression",
          "org.drools.base.rule.consequence.Consequence",
          "org.drools.base.rule.consequence.ConsequenceContext",
          "org.drools.core.rule.consequence.KnowledgeHelper",
          "org.drools.ecj.EclipseJavaCompiler",
          "org.drools.mvel.asm.ConsequenceStub",
          "org.drools.mvel.asm.MethodComparator",
          "org.drools.mvel.field.FieldDataFactory",
          "org.drools.mvel.field.FieldFactory",
          "org.kie.api.runtime.KieContext",
          "org.kie.api.runtime.rule.FactHandle",
          "org.kie.api.runtime.rule.RuleContext",
          "org.mvel2.asm.ClassReader");

  /**
   * Drools' own configured parts it loads by name through the rules' loader: accumulate functions,
   * DRL operators ({@code after}, {@code soundslike}, ...) and the base classes of the field
   * readers it generates for the model's accessors.
   */
  private static final List<String> DROOLS_PACKAGES =
      List.of(
          "org.drools.core.base.accumulators.",
          "org.drools.mvel.evaluators.",
          "org.drools.mvel.accessors.Base",
          "org.drools.base.base.extractors.Base",
          // property-reactivity masks that update/modify compile to (plain bit sets)
          "org.drools.util.bitmask.");

  /**
   * Read as class files by the Java compiler (the supertypes of allowed types, or the outer class
   * of an allowed nested one) but never loaded for a rule at run time: {@code
   * MethodHandles.lookup()} compiles and then fails with {@code NoClassDefFoundError}.
   */
  private static final Set<String> COMPILE_ONLY = Set.of("java.lang.invoke.MethodHandles");

  private RuleClassPolicy() {}

  /** Whether rules may load this class (binary name, {@code $} for nested classes). */
  static boolean allows(String className) {
    if (className.startsWith(MODEL)) {
      return className.indexOf('.', MODEL.length()) < 0; // the model package, no subpackage
    }
    return JDK.contains(className)
        || DROOLS.contains(className)
        || inPackage(className, JDK_PACKAGES)
        || inPackage(className, DROOLS_PACKAGES);
  }

  /** Whether the Java compiler may read this class file though rules cannot load the class. */
  static boolean compileOnly(String className) {
    return COMPILE_ONLY.contains(className);
  }

  /** Drools reads its own settings through the rules' loader; nothing else is readable. */
  static boolean allowsResource(String name) {
    return name.startsWith("META-INF/kie.") && name.endsWith(".conf") && name.indexOf('/', 9) < 0;
  }

  private static boolean inPackage(String className, List<String> prefixes) {
    for (String prefix : prefixes) {
      if (className.startsWith(prefix)) {
        return className.indexOf('.', prefix.length()) < 0; // no subpackage
      }
    }
    return false;
  }
}
