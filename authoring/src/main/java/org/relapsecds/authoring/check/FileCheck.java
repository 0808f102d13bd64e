package org.relapsecds.authoring.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.relapsecds.rules.engine.EvidenceSources;

/**
 * The checks of one parsed file: the package, the imports, what may stand beside rules (nothing but
 * rules), and for each rule its attributes, metadata, conditions and consequence.
 */
final class FileCheck {
  /** The package every rule file declares: the engine's own, never the model's or the JDK's. */
  static final String RULE_PACKAGE = "org.relapsecds.rules.kb";

  /** Rule attributes the bundled rules use; nothing else is needed to state a clinical rule. */
  static final Set<String> ATTRIBUTES = Set.of("salience");

  private static final Set<String> ANNOTATIONS = Set.of("evidence", "status");
  private static final Set<String> STATUSES = Set.of("verified", "unverified");

  private final String file;
  private final TextPositions positions;
  private final PackageDescr descr;
  private final FactModel model;
  private final EvidenceSources evidenceSources;
  private final List<Finding> findings = new ArrayList<>();

  FileCheck(
      String file,
      String text,
      PackageDescr descr,
      FactModel model,
      EvidenceSources evidenceSources) {
    this.file = file;
    this.positions = new TextPositions(text);
    this.descr = descr;
    this.model = model;
    this.evidenceSources = evidenceSources;
  }

  List<Finding> run() {
    checkPackage();
    checkImports();
    checkDeclarations();
    for (RuleDescr rule : descr.getRules()) {
      checkRule(rule);
    }
    return findings;
  }

  private void checkPackage() {
    if (!RULE_PACKAGE.equals(descr.getName())) {
      add(
          descr.getLine() > 0 ? descr : null,
          "package",
          "a rule file starts with `package " + RULE_PACKAGE + ";`");
    }
  }

  private void checkImports() {
    for (ImportDescr i : descr.getImports()) {
      String target = i.getTarget();
      boolean modelImport =
          target.equals(FactModel.PACKAGE + ".*") || model.type(target).isPresent();
      if (!modelImport && !model.isValueType(target)) {
        add(
            i,
            "import",
            "`import "
                + target
                + "` is not allowed: a rule may import the fact model ("
                + FactModel.PACKAGE
                + ".*) and the java.util/java.time value types it uses ("
                + String.join(", ", model.valueTypeNames())
                + ")");
      }
    }
    for (BaseDescr d : descr.getFunctionImports()) {
      add(d, "import", "`import function` is not allowed: a rule calls no functions");
    }
    for (BaseDescr d : descr.getAccumulateImports()) {
      add(d, "import", "`import accumulate` is not allowed: a rule states facts, not computations");
    }
  }

  private void checkDeclarations() {
    String why = " is not allowed in a rule file: it holds rules about the fact model only";
    descr.getGlobals().forEach(d -> add(d, "global", "`global " + d.getIdentifier() + "`" + why));
    descr.getFunctions().forEach(d -> add(d, "function", "`function " + d.getName() + "`" + why));
    descr
        .getClassAndEnumDeclarationDescrs()
        .forEach(
            d ->
                add(
                    d,
                    "declare",
                    "`declare "
                        + d.getTypeName()
                        + "`"
                        + why
                        + "; a new kind of fact belongs in the fact model"));
    descr
        .getEntryPointDeclarations()
        .forEach(d -> add(d, "entry-point", "an entry-point declaration" + why));
    descr.getWindowDeclarations().forEach(d -> add(d, "window", "a window declaration" + why));
    for (AttributeDescr a : descr.getAttributes()) {
      add(a, "attribute", "the file-wide attribute `" + a.getName() + "`" + why);
    }
    if (descr.getUnit() != null) {
      add(descr.getUnit(), "unit", "a rule unit" + why);
    }
  }

  private void checkRule(RuleDescr rule) {
    String name = rule.getName();
    if (rule.isQuery()) {
      add(rule, "query", "`query " + name + "` is not allowed: a rule file holds rules only");
      return;
    }
    if (rule.hasParent()) {
      add(rule, "extends", "rule \"" + name + "\" extends another rule; write it out in full");
    }
    for (Map.Entry<String, AttributeDescr> a : rule.getAttributes().entrySet()) {
      checkAttribute(name, a.getValue());
    }
    checkMetadata(rule);
    if (!rule.getNamedConsequences().isEmpty()) {
      add(rule, "consequence", "rule \"" + name + "\" has named consequences; it may have one");
    }
    ConditionCheck conditions = new ConditionCheck(file, model, findings);
    conditions.check(rule.getLhs());
    new ConsequenceCheck(file, model, findings)
        .check(rule, conditions.bindings(), positions.consequenceStart(rule));
  }

  private void checkAttribute(String rule, AttributeDescr a) {
    if (!ATTRIBUTES.contains(a.getName())) {
      add(
          a,
          "attribute",
          "rule \""
              + rule
              + "\" uses the attribute `"
              + a.getName()
              + "`; a rule may only set "
              + String.join(", ", ATTRIBUTES));
    } else if (!a.getValue().trim().matches("-?[0-9]{1,6}")) {
      add(a, "attribute", "salience must be a whole number such as 10 or -50");
    }
  }

  private void checkMetadata(RuleDescr rule) {
    String name = rule.getName();
    for (AnnotationDescr a : rule.getAnnotations()) {
      if (!ANNOTATIONS.contains(a.getName())) {
        add(
            positions.annotation(rule, a.getName()),
            "annotation",
            "rule \"" + name + "\" has @" + a.getName() + "; a rule carries @evidence and @status");
        continue;
      }
      for (Object value : a.getValueMap().values()) {
        if (!(value instanceof String s) || !s.matches("\"[^\"\\\\]*\"")) {
          add(
              positions.annotation(rule, a.getName()),
              "annotation",
              "@" + a.getName() + " takes one quoted text, e.g. \"Parker2010\"");
        }
      }
    }
    AnnotationDescr evidence = rule.getAnnotation("evidence");
    String keys = evidence == null ? null : evidence.getSingleValueAsString();
    if (keys == null || strip(keys).isBlank()) {
      add(
          rule,
          "missing-evidence",
          "rule \""
              + name
              + "\" has no @evidence: cite its sources by key, e.g."
              + " @evidence(\"Parker2010\")");
    } else {
      for (String key : strip(keys).split(",")) {
        String k = key.trim();
        if (!k.isEmpty() && !evidenceSources.contains(k)) {
          add(
              positions.annotation(rule, "evidence"),
              "unknown-evidence",
              "rule \"" + name + "\" cites \"" + k + "\", which is not a key of the sources table");
        }
      }
    }
    AnnotationDescr status = rule.getAnnotation("status");
    if (status == null) {
      add(
          rule,
          "missing-status",
          "rule \"" + name + "\" has no @status: say \"verified\" or" + " \"unverified\"");
    } else {
      String value = strip(String.valueOf(status.getSingleValueAsString())).trim();
      if (!STATUSES.contains(value)) {
        add(
            positions.annotation(rule, "status"),
            "bad-status",
            "rule \""
                + name
                + "\" has @status(\""
                + value
                + "\"): it must be \"verified\" or \"unverified\"");
      }
    }
  }

  private static String strip(String value) {
    String v = value.trim();
    return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")
        ? v.substring(1, v.length() - 1)
        : v;
  }

  private void add(TextPositions.Position at, String code, String message) {
    findings.add(new Finding(file, at.line(), at.column(), code, message));
  }

  private void add(BaseDescr at, String code, String message) {
    int line = at == null ? 1 : Math.max(1, at.getLine());
    int column = at == null ? 1 : Math.max(0, at.getColumn()) + 1;
    findings.add(new Finding(file, line, column, code, message));
  }
}
