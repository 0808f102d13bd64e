package org.relapsecds.authoring.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.AtomicExprDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConstraintConnectiveDescr;
import org.drools.drl.ast.descr.EntryPointDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ForallDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RelationalExprDescr;
import org.drools.drl.parser.DrlExprParser;
import org.drools.drl.parser.DrlExprParserFactory;
import org.kie.internal.builder.conf.LanguageLevelOption;

/**
 * The conditions of one rule: patterns on fact-model types joined by {@code and}, {@code or},
 * {@code not} and {@code exists}, whose constraints compare properties (and record accessor chains
 * of model records) with literals, enum constants of model enums or bound variables. Collects the
 * rule's bound variables and their types for the consequence check.
 */
final class ConditionCheck {
  private static final Set<String> OPERATORS =
      Set.of("==", "!=", "<", "<=", ">", ">=", "contains", "matches");
  private static final Pattern PATH =
      Pattern.compile(
          "!?\\s*\\$?[A-Za-z_][A-Za-z0-9_]*(\\(\\))?(\\s*\\.\\s*[A-Za-z_][A-Za-z0-9_]*(\\(\\))?)*");
  private static final String SHAPE =
      "a condition compares fields of a fact of the model with literals, enum constants of the"
          + " model or bound variables";

  private final String file;
  private final FactModel model;
  private final List<Finding> findings;
  private final Map<String, Class<?>> bindings = new HashMap<>();

  ConditionCheck(String file, FactModel model, List<Finding> findings) {
    this.file = file;
    this.model = model;
    this.findings = findings;
  }

  /** The variables the conditions bind, with their types when known. */
  Map<String, Class<?>> bindings() {
    return bindings;
  }

  void check(BaseDescr descr) {
    if (descr instanceof AndDescr || descr instanceof OrDescr) {
      ((org.drools.drl.ast.descr.ConditionalElementDescr) descr)
          .getDescrs()
          .forEach(d -> check((BaseDescr) d));
    } else if (descr instanceof NotDescr || descr instanceof ExistsDescr) {
      ((org.drools.drl.ast.descr.ConditionalElementDescr) descr)
          .getDescrs()
          .forEach(d -> check((BaseDescr) d));
    } else if (descr instanceof PatternDescr p) {
      checkPattern(p);
    } else if (descr instanceof EvalDescr) {
      add(
          descr,
          "eval",
          "`eval(...)` runs code in a condition: write it as a constraint on a fact");
    } else if (descr instanceof ForallDescr) {
      add(descr, "forall", "`forall` is not allowed: write the condition with `not` and `exists`");
    } else {
      add(descr, "condition", SHAPE + "; this part of the condition is not allowed");
    }
  }

  private void checkPattern(PatternDescr p) {
    if (p.getSource() != null) {
      add(p, sourceCode(p), sourceMessage(p));
      return;
    }
    if (p.isQuery() || p.isUnification() || !p.getBehaviors().isEmpty()) {
      add(p, "condition", SHAPE + "; queries, unification and windows are not allowed");
      return;
    }
    Optional<Class<?>> type = model.type(p.getObjectType());
    if (type.isEmpty()) {
      add(
          p,
          "pattern-type",
          "a condition matches facts of the model; `" + p.getObjectType() + "` is not one");
      return;
    }
    if (p.getIdentifier() != null) {
      bindings.put(p.getIdentifier(), type.get());
    }
    for (BaseDescr c : p.getDescrs()) {
      if (!(c instanceof ExprConstraintDescr e)
          || e.getType() == ExprConstraintDescr.Type.POSITIONAL) {
        add(c, "constraint", SHAPE + "; positional constraints are not allowed");
        continue;
      }
      checkConstraint(e, type.get());
    }
  }

  private void checkConstraint(ExprConstraintDescr e, Class<?> factType) {
    DrlExprParser parser = DrlExprParserFactory.getDrlExprParser(LanguageLevelOption.DRL6);
    ConstraintConnectiveDescr parsed;
    try {
      parsed = parser.parse(e.getExpression());
    } catch (RuntimeException ex) {
      parsed = null;
    }
    if (parsed == null || parser.hasErrors()) {
      // The compiler reads constraints with the same parser and stops at the same error, before
      // any Java is compiled; the editor gets its message, as for any other syntax error.
      add(e, Finding.SYNTAX, "this condition cannot be read: `" + short_(e.getExpression()) + "`");
      return;
    }
    walk(parsed, e, factType);
  }

  private void walk(BaseDescr d, ExprConstraintDescr at, Class<?> factType) {
    if (d instanceof ConstraintConnectiveDescr c) {
      c.getDescrs().forEach(x -> walk(x, at, factType));
    } else if (d instanceof BindingDescr b) {
      if (b.isUnification()) {
        add(at, "constraint", SHAPE + "; unification (`:=`) is not allowed");
        return;
      }
      Optional<Class<?>> t = atom(b.getExpression(), factType, at);
      bindings.put(b.getVariable(), t.orElse(null));
    } else if (d instanceof RelationalExprDescr r) {
      if (!OPERATORS.contains(r.getOperator()) || r.getParameters() != null) {
        add(at, "operator", SHAPE + "; the operator `" + r.getOperator() + "` is not allowed");
        return;
      }
      walk(r.getLeft(), at, factType);
      if (r.getOperator().equals("matches")
          && !(r.getRight() instanceof AtomicExprDescr lit && lit.isLiteral())) {
        add(at, "operator", "`matches` takes a quoted pattern, not an expression");
        return;
      }
      walk(r.getRight(), at, factType);
    } else if (d instanceof AtomicExprDescr a) {
      if (!a.isLiteral()) {
        atom(a.getExpression(), factType, at);
      }
    } else {
      add(at, "constraint", SHAPE + "; `" + short_(at.getExpression()) + "` is not allowed");
    }
  }

  /** Checks a property path, enum constant or bound variable; its type when it is a path. */
  private Optional<Class<?>> atom(String expression, Class<?> factType, ExprConstraintDescr at) {
    String text = expression.trim();
    if (!PATH.matcher(text).matches()) {
      add(at, "expression", SHAPE + "; `" + short_(text) + "` is not allowed");
      return Optional.empty();
    }
    String[] parts = text.replace("!", "").replaceAll("\\s", "").split("\\.");
    String first = stripCall(parts[0]);
    Class<?> type;
    int next = 1;
    if (bindings.containsKey(first) || first.startsWith("$")) {
      if (!bindings.containsKey(first)) {
        add(at, "expression", "`" + first + "` is not bound by an earlier pattern");
        return Optional.empty();
      }
      type = bindings.get(first);
    } else {
      Optional<Class<?>> enumType = model.type(first).filter(model::isEnum);
      if (enumType.isPresent()) {
        if (parts.length == 2 && isConstant(enumType.get(), parts[1])) {
          return enumType;
        }
        add(at, "expression", "`" + short_(text) + "` is not a constant of " + first);
        return Optional.empty();
      }
      type = factType;
      next = 0;
    }
    for (int i = next; i < parts.length; i++) {
      boolean call = parts[i].endsWith("()");
      String name = stripCall(parts[i]);
      Optional<Class<?>> property =
          type == null ? Optional.empty() : model.property(type, name, call);
      if (property.isEmpty()) {
        add(
            at,
            "expression",
            "`"
                + short_(text)
                + "`: "
                + (type == null ? "?" : type.getSimpleName())
                + " has no "
                + (call ? "record component " : "field ")
                + name
                + "; conditions read fields of the model only, and call no methods");
        return Optional.empty();
      }
      type = property.get();
    }
    return Optional.ofNullable(type);
  }

  private static boolean isConstant(Class<?> enumType, String name) {
    for (Object constant : enumType.getEnumConstants()) {
      if (((Enum<?>) constant).name().equals(name)) {
        return true;
      }
    }
    return false;
  }

  private static String stripCall(String part) {
    return part.endsWith("()") ? part.substring(0, part.length() - 2) : part;
  }

  private static String sourceCode(PatternDescr p) {
    Object s = p.getSource();
    return s instanceof AccumulateDescr
        ? "accumulate"
        : s instanceof CollectDescr
            ? "collect"
            : s instanceof EntryPointDescr ? "entry-point" : "from";
  }

  private static String sourceMessage(PatternDescr p) {
    Object s = p.getSource();
    String what =
        s instanceof AccumulateDescr
            ? "`accumulate`"
            : s instanceof CollectDescr
                ? "`collect`"
                : s instanceof EntryPointDescr
                    ? "an entry point"
                    : s instanceof FromDescr ? "`from`" : "a source";
    return "a condition matches facts in working memory; "
        + what
        + " is not allowed (derive a fact of the model in another rule instead)";
  }

  static String short_(String text) {
    String t = text.replaceAll("\\s+", " ").trim();
    return t.length() > 60 ? t.substring(0, 57) + "..." : t;
  }

  private void add(BaseDescr at, String code, String message) {
    findings.add(
        new Finding(
            file, Math.max(1, at.getLine()), Math.max(0, at.getColumn()) + 1, code, message));
  }
}
