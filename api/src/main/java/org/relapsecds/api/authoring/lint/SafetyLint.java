package org.relapsecds.api.authoring.lint;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.relapsecds.rules.engine.EvidenceSources;
import org.relapsecds.rules.engine.RuleSource;

/**
 * Checks DRL before it is compiled: a rule consequence is arbitrary Java, so text that could reach
 * the operating system, the JVM, files, the network or reflection never reaches the compiler. Also
 * checks that every rule carries the metadata the explanations depend on.
 *
 * <p>Works on tokens ({@link DrlLexer}), not on raw text: comments, rule names and messages may
 * mention anything. Code may name the fact model ({@code org.relapsecds.rules.model}), the value
 * and collection types of {@code java.util} and {@code java.time} (without their thread, file and
 * service-loading parts) and the java.lang value types in {@link #SAFE_LANG_TYPES}; nothing else.
 */
public final class SafetyLint {
  static final String FORBIDDEN_API = "forbidden-api";
  static final String REFLECTION = "reflection";
  static final String FORBIDDEN_IMPORT = "forbidden-import";
  static final String FORBIDDEN_PACKAGE = "forbidden-package";
  static final String STATIC_ACCESS = "static-access";
  static final String OBJECT_CREATION = "object-creation";
  static final String EVAL = "eval";
  static final String MISSING_EVIDENCE = "missing-evidence";
  static final String UNKNOWN_EVIDENCE = "unknown-evidence";
  static final String MISSING_STATUS = "missing-status";
  static final String BAD_STATUS = "bad-status";

  private static final Map<String, String> FORBIDDEN_IDENTIFIERS = forbiddenIdentifiers();
  private static final Set<String> REFLECTIVE = Set.of("Class", "getClass", "forName");
  private static final Set<String> PACKAGE_ROOTS = Set.of("java", "javax", "jdk", "sun", "com");
  private static final Set<String> STATUSES = Set.of("verified", "unverified");

  /** Value types of java.lang that rules may create and call statically (no I/O, no threads). */
  static final Set<String> SAFE_LANG_TYPES =
      Set.of(
          "String",
          "StringBuilder",
          "Integer",
          "Long",
          "Double",
          "Float",
          "Short",
          "Byte",
          "Boolean",
          "Character",
          "Math");

  /** Packages whose value and collection types rules may import and name. */
  static final List<String> ALLOWED_LIBRARY_PACKAGES = List.of("java.util.", "java.time.");

  /** Parts of java.util that start threads, load code or touch files: never allowed. */
  static final List<String> FORBIDDEN_LIBRARY_PARTS =
      List.of(
          "java.util.concurrent",
          "java.util.prefs",
          "java.util.logging",
          "java.util.jar",
          "java.util.zip",
          "java.util.spi",
          "java.util.random",
          "java.util.ServiceLoader",
          "java.util.Timer",
          "java.util.Scanner",
          "java.util.ResourceBundle",
          "java.util.Properties",
          "java.time.zone");

  private final Set<String> factModelTypes;
  private final EvidenceSources evidenceSources;

  /**
   * @param factModelTypes simple names of the fact model types
   * @param evidenceSources the registry {@code @evidence} keys must come from
   */
  public SafetyLint(Set<String> factModelTypes, EvidenceSources evidenceSources) {
    this.factModelTypes = Set.copyOf(factModelTypes);
    this.evidenceSources = evidenceSources;
  }

  /** The lint for this build's fact model and sources registry. */
  public static SafetyLint standard() {
    return new SafetyLint(FactModelTypes.scan(), EvidenceSources.bundled());
  }

  /** Findings for every file, in file order. */
  public List<LintFinding> check(List<RuleSource> sources) {
    List<LintFinding> findings = new ArrayList<>();
    for (RuleSource source : sources) {
      findings.addAll(check(source));
    }
    return findings;
  }

  /** Findings for one file, in text order; empty when the file is safe and complete. */
  public List<LintFinding> check(RuleSource source) {
    return new FileCheck(source.file(), DrlLexer.tokenize(source.text())).run();
  }

  private final class FileCheck {
    private final String file;
    private final List<DrlToken> tokens;
    private final List<LintFinding> findings = new ArrayList<>();
    private final Set<String> declaredTypes = new HashSet<>();
    private final Set<String> importedTypes = new HashSet<>();
    private final Set<Integer> skip = new HashSet<>();

    FileCheck(String file, List<DrlToken> tokens) {
      this.file = file;
      this.tokens = tokens;
    }

    List<LintFinding> run() {
      collectDeclaredTypes();
      checkImportsAndPackage();
      checkCode();
      checkRuleMetadata();
      findings.sort(
          java.util.Comparator.comparingInt(LintFinding::line)
              .thenComparingInt(LintFinding::column));
      return findings;
    }

    private void collectDeclaredTypes() {
      for (int i = 0; i + 1 < tokens.size(); i++) {
        if (tokens.get(i).isIdentifier("declare")
            && tokens.get(i + 1).kind() == DrlToken.Kind.IDENTIFIER) {
          declaredTypes.add(tokens.get(i + 1).text());
        }
      }
    }

    /** {@code import} and {@code package} take qualified names that the code checks must skip. */
    private void checkImportsAndPackage() {
      for (int i = 0; i < tokens.size(); i++) {
        DrlToken t = tokens.get(i);
        boolean isImport = t.isIdentifier("import");
        if (!isImport && !t.isIdentifier("package")) {
          continue;
        }
        int j = i + 1;
        while (j < tokens.size()
            && (tokens.get(j).isIdentifier("static")
                || tokens.get(j).isIdentifier("function")
                || tokens.get(j).isIdentifier("accumulate"))) {
          j++;
        }
        StringBuilder name = new StringBuilder();
        // IDENT ('.' (IDENT | '*'))*; a semicolon is optional in DRL
        if (j < tokens.size() && tokens.get(j).kind() == DrlToken.Kind.IDENTIFIER) {
          name.append(tokens.get(j).text());
          skip.add(j++);
          while (j + 1 < tokens.size()
              && tokens.get(j).isSymbol(".")
              && (tokens.get(j + 1).kind() == DrlToken.Kind.IDENTIFIER
                  || tokens.get(j + 1).isSymbol("*"))) {
            name.append('.').append(tokens.get(j + 1).text());
            skip.add(j);
            skip.add(j + 1);
            j += 2;
          }
        }
        String imported = name.toString();
        if (!isImport) {
          continue;
        }
        if (imported.startsWith(FactModelTypes.PACKAGE + ".")) {
          continue;
        }
        if (allowedLibraryName(imported)) {
          String simple = imported.substring(imported.lastIndexOf('.') + 1);
          if (!simple.equals("*")) {
            importedTypes.add(simple);
          }
          continue;
        }
        add(
            t,
            FORBIDDEN_IMPORT,
            "import of "
                + imported
                + " is not allowed: rules may import the fact model ("
                + FactModelTypes.PACKAGE
                + ".*) and the value and collection types of java.util and java.time");
      }
    }

    private void checkCode() {
      for (int i = 0; i < tokens.size(); i++) {
        if (skip.contains(i)) {
          continue;
        }
        DrlToken t = tokens.get(i);
        DrlToken previous = i > 0 ? tokens.get(i - 1) : null;
        DrlToken next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
        boolean afterDot = previous != null && previous.isSymbol(".");
        if (t.isSymbol(".") && next != null && next.isIdentifier("class")) {
          add(next, REFLECTION, "class literals (.class) are reflection and are not allowed");
          continue;
        }
        if (t.kind() != DrlToken.Kind.IDENTIFIER || previous != null && previous.isSymbol("@")) {
          continue;
        }
        String word = t.text();
        if (FORBIDDEN_IDENTIFIERS.containsKey(word)) {
          add(
              t,
              REFLECTIVE.contains(word) ? REFLECTION : FORBIDDEN_API,
              FORBIDDEN_IDENTIFIERS.get(word));
          continue;
        }
        if (word.equals("eval")) {
          add(
              t,
              EVAL,
              "eval(...) runs arbitrary Java in a condition: write the condition as a constraint"
                  + " on a fact instead");
          continue;
        }
        if (afterDot) {
          continue;
        }
        if (PACKAGE_ROOTS.contains(word) && next != null && next.isSymbol(".")
            || word.equals("org") && next != null && next.isSymbol(".")) {
          checkQualifiedName(i);
          continue;
        }
        if (word.equals("new") && next != null && next.kind() == DrlToken.Kind.IDENTIFIER) {
          if (!allowedType(next.text()) && !PACKAGE_ROOTS.contains(next.text())) {
            add(
                next,
                OBJECT_CREATION,
                "new "
                    + next.text()
                    + "(...) creates an object outside the fact model: consequences insert"
                    + " fact model objects only");
          }
          continue;
        }
        if (Character.isUpperCase(word.charAt(0))
            && next != null
            && next.isSymbol(".")
            && (previous == null || !previous.isIdentifier("new"))
            && !allowedType(word)) {
          add(
              t,
              STATIC_ACCESS,
              word
                  + "."
                  + (i + 2 < tokens.size() ? tokens.get(i + 2).text() : "")
                  + " reaches outside the fact model: only fact model types may be used"
                  + " statically");
        }
      }
    }

    private void checkQualifiedName(int start) {
      StringBuilder name = new StringBuilder();
      int j = start;
      while (j < tokens.size()) {
        DrlToken part = tokens.get(j);
        if (part.kind() != DrlToken.Kind.IDENTIFIER) {
          break;
        }
        name.append(part.text());
        skip.add(j);
        if (j + 1 < tokens.size() && tokens.get(j + 1).isSymbol(".")) {
          name.append('.');
          j += 2;
        } else {
          break;
        }
      }
      String qualified = name.toString();
      if (qualified.startsWith(FactModelTypes.PACKAGE + ".") || allowedLibraryName(qualified)) {
        return;
      }
      add(tokens.get(start), FORBIDDEN_PACKAGE, packageMessage(qualified));
    }

    private boolean allowedType(String simpleName) {
      return factModelTypes.contains(simpleName)
          || declaredTypes.contains(simpleName)
          || importedTypes.contains(simpleName)
          || SAFE_LANG_TYPES.contains(simpleName);
    }

    private void checkRuleMetadata() {
      int depth = 0;
      for (int i = 0; i < tokens.size(); i++) {
        DrlToken t = tokens.get(i);
        if (t.isSymbol("{") || t.isSymbol("(")) {
          depth++;
        } else if (t.isSymbol("}") || t.isSymbol(")")) {
          depth = Math.max(0, depth - 1);
        }
        if (depth != 0 || !t.isIdentifier("rule") || i + 1 >= tokens.size()) {
          continue;
        }
        if (i > 0 && tokens.get(i - 1).isSymbol(".")) {
          continue;
        }
        String name = tokens.get(i + 1).text();
        Map<String, DrlToken> annotations = new LinkedHashMap<>();
        Map<String, String> values = new LinkedHashMap<>();
        int j = i + 2;
        while (j < tokens.size()
            && !tokens.get(j).isIdentifier("when")
            && !tokens.get(j).isIdentifier("then")) {
          if (tokens.get(j).isSymbol("@")
              && j + 1 < tokens.size()
              && tokens.get(j + 1).kind() == DrlToken.Kind.IDENTIFIER) {
            String key = tokens.get(j + 1).text();
            StringBuilder value = new StringBuilder();
            int k = j + 2;
            if (k < tokens.size() && tokens.get(k).isSymbol("(")) {
              k++;
              while (k < tokens.size() && !tokens.get(k).isSymbol(")")) {
                value.append(tokens.get(k).text());
                k++;
              }
            }
            annotations.put(key, tokens.get(j));
            values.put(key, value.toString());
            j = k;
          }
          j++;
        }
        checkEvidence(t, name, annotations.get("evidence"), values.get("evidence"));
        checkStatus(t, name, annotations.get("status"), values.get("status"));
        i = j;
      }
    }

    private void checkEvidence(DrlToken rule, String name, DrlToken at, String value) {
      if (at == null || value == null || value.isBlank()) {
        add(
            rule,
            MISSING_EVIDENCE,
            "rule \""
                + name
                + "\" has no @evidence: cite its sources by key, e.g. @evidence(\"Parker2010\")");
        return;
      }
      for (String key : value.split(",")) {
        String k = key.trim();
        if (!k.isEmpty() && !evidenceSources.contains(k)) {
          add(
              at,
              UNKNOWN_EVIDENCE,
              "rule \"" + name + "\" cites \"" + k + "\", which is not a key of the sources table");
        }
      }
    }

    private void checkStatus(DrlToken rule, String name, DrlToken at, String value) {
      if (at == null) {
        add(
            rule,
            MISSING_STATUS,
            "rule \"" + name + "\" has no @status: say \"verified\" or \"unverified\"");
      } else if (!STATUSES.contains(value.trim())) {
        add(
            at,
            BAD_STATUS,
            "rule \""
                + name
                + "\" has @status(\""
                + value.trim()
                + "\"): it must be \"verified\" or \"unverified\"");
      }
    }

    private void add(DrlToken at, String code, String message) {
      findings.add(new LintFinding(file, at.line(), at.column(), code, message));
    }
  }

  static boolean allowedLibraryName(String qualified) {
    return ALLOWED_LIBRARY_PACKAGES.stream().anyMatch(qualified::startsWith)
        && FORBIDDEN_LIBRARY_PARTS.stream().noneMatch(qualified::startsWith);
  }

  static String packageMessage(String qualified) {
    if (qualified.startsWith("java.io") || qualified.startsWith("java.nio")) {
      return qualified + ": file access (java.io, java.nio) is not allowed in rules";
    }
    if (qualified.startsWith("java.net")) {
      return qualified + ": network access (java.net) is not allowed in rules";
    }
    if (qualified.startsWith("java.lang.reflect") || qualified.startsWith("java.lang.invoke")) {
      return qualified + ": reflection is not allowed in rules";
    }
    if (qualified.startsWith("java.util") || qualified.startsWith("java.time")) {
      return qualified
          + ": this part of java.util/java.time starts threads, loads code or reads files and is"
          + " not allowed in rules";
    }
    return qualified + " is outside the fact model: rules may use org.relapsecds.rules.model only";
  }

  private static Map<String, String> forbiddenIdentifiers() {
    Map<String, String> m = new LinkedHashMap<>();
    String os = " reaches the operating system or the JVM and is not allowed in rules";
    for (String w : List.of("System", "Runtime", "ProcessBuilder", "Process", "ProcessHandle")) {
      m.put(w, w + os);
    }
    String threads = " starts or controls threads, which is not allowed in rules";
    for (String w :
        List.of("Thread", "ThreadGroup", "ThreadLocal", "Executors", "ForkJoinPool", "Timer")) {
      m.put(w, w + threads);
    }
    String reflection = " is reflection, which is not allowed in rules";
    for (String w :
        List.of(
            "Class",
            "getClass",
            "forName",
            "getDeclaredMethod",
            "getDeclaredMethods",
            "getDeclaredField",
            "getDeclaredFields",
            "getDeclaredConstructor",
            "getMethod",
            "getField",
            "getConstructor",
            "newInstance",
            "setAccessible",
            "MethodHandles",
            "MethodHandle",
            "Proxy",
            "Unsafe")) {
      m.put(w, w + reflection);
    }
    String loaders = " loads code and is not allowed in rules";
    for (String w :
        List.of(
            "ClassLoader",
            "URLClassLoader",
            "getClassLoader",
            "getContextClassLoader",
            "defineClass",
            "ServiceLoader",
            "ModuleLayer")) {
      m.put(w, w + loaders);
    }
    String engine =
        " gives a consequence access to the engine's internals; consequences insert facts only";
    m.put("drools", "drools" + engine);
    m.put("kcontext", "kcontext" + engine);
    return m;
  }
}
