package org.relapsecds.authoring.check;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Position;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * The consequence of one rule, parsed as Java with JavaParser: only statements {@code insert(new
 * T(args));} where T is a type of the fact model and each argument is a literal, a concatenation of
 * texts, an enum constant of the model, a bound variable or a record accessor chain of one, or
 * {@code EnumSet.of}/{@code Set.of}/{@code List.of} of those. Nothing else: no other statement,
 * call, lambda, loop, cast, array, anonymous class, {@code drools} or {@code kcontext}.
 */
final class ConsequenceCheck {
  private static final String SHAPE = "a consequence may only insert a fact of the model";

  private final String file;
  private final FactModel model;
  private final List<Finding> findings;
  private TextPositions.Position origin;
  private Map<String, Class<?>> bindings;

  ConsequenceCheck(String file, FactModel model, List<Finding> findings) {
    this.file = file;
    this.model = model;
    this.findings = findings;
  }

  void check(RuleDescr rule, Map<String, Class<?>> bindings, TextPositions.Position origin) {
    this.bindings = bindings;
    this.origin = origin;
    String text = String.valueOf(rule.getConsequence() == null ? "" : rule.getConsequence());
    JavaParser parser =
        new JavaParser(
            new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17)
                .setPreprocessUnicodeEscapes(true));
    // One space of padding: the block's own brace sits before the consequence's first column.
    ParseResult<BlockStmt> result = parser.parseBlock("{" + text + "\n}");
    if (!result.isSuccessful() || result.getResult().isEmpty()) {
      Position p =
          result.getProblems().isEmpty()
              ? null
              : result
                  .getProblems()
                  .get(0)
                  .getLocation()
                  .flatMap(l -> l.getBegin().getRange())
                  .map(r -> r.begin)
                  .orElse(null);
      add(
          p,
          "consequence",
          SHAPE
              + ", with statements `insert(new T(...));`; this consequence cannot be read as such"
              + " (modify, blocks and Drools macros are not allowed)");
      return;
    }
    for (Statement s : result.getResult().get().getStatements()) {
      checkStatement(s);
    }
  }

  private void checkStatement(Statement s) {
    if (!(s instanceof ExpressionStmt es)
        || !(es.getExpression() instanceof MethodCallExpr call)
        || !call.getNameAsString().equals("insert")
        || call.getScope().isPresent()
        || call.getTypeArguments().isPresent()
        || call.getArguments().size() != 1
        || !(call.getArgument(0) instanceof ObjectCreationExpr created)) {
      add(
          s,
          "consequence",
          SHAPE + "; `" + ConditionCheck.short_(s.toString()) + "` is not allowed");
      return;
    }
    String type = created.getType().getNameWithScope();
    if (created.getAnonymousClassBody().isPresent()
        || created.getScope().isPresent()
        || created.getTypeArguments().isPresent()
        || created.getType().getTypeArguments().isPresent()
        || model.type(type).isEmpty()
        || model.type(type).get().isEnum()) {
      add(
          created,
          "consequence",
          SHAPE + "; `new " + type + "(...)` does not create a fact of the model");
      return;
    }
    for (Expression arg : created.getArguments()) {
      checkArgument(arg, true);
    }
  }

  private void checkArgument(Expression e, boolean collectionAllowed) {
    if (isValue(e)) {
      return;
    }
    if (isTextConcatenation(e)) {
      return;
    }
    if (collectionAllowed
        && e instanceof MethodCallExpr call
        && call.getNameAsString().equals("of")
        && call.getScope().filter(NameExpr.class::isInstance).isPresent()
        && FactModel.COLLECTION_FACTORIES.contains(call.getScope().get().toString())
        && call.getTypeArguments().isEmpty()) {
      call.getArguments().forEach(a -> checkArgument(a, false));
      return;
    }
    add(
        e,
        "consequence",
        SHAPE
            + " built from literals, model enum constants and bound variables; `"
            + ConditionCheck.short_(e.toString())
            + "` is not allowed");
  }

  /** A literal, an enum constant of the model, a bound variable or a record accessor of one. */
  private boolean isValue(Expression e) {
    if (e instanceof EnclosedExpr enclosed) {
      return isValue(enclosed.getInner());
    }
    if (e instanceof LiteralExpr && !(e instanceof TextBlockLiteralExpr)) {
      return true;
    }
    if (e instanceof UnaryExpr u
        && u.getOperator() == UnaryExpr.Operator.MINUS
        && u.getExpression() instanceof LiteralExpr) {
      return true;
    }
    if (e instanceof NameExpr n) {
      return bindings.containsKey(n.getNameAsString());
    }
    if (e instanceof FieldAccessExpr f && f.getScope() instanceof NameExpr scope) {
      Optional<Class<?>> type = model.type(scope.getNameAsString()).filter(model::isEnum);
      return type.isPresent()
          && !bindings.containsKey(scope.getNameAsString())
          && java.util.Arrays.stream(type.get().getEnumConstants())
              .anyMatch(c -> ((Enum<?>) c).name().equals(f.getNameAsString()));
    }
    return accessorType(e).isPresent();
  }

  /** The type of {@code $bound.a().b()} when every call is a record accessor of the model. */
  private Optional<Class<?>> accessorType(Expression e) {
    if (e instanceof NameExpr n) {
      return Optional.ofNullable(bindings.get(n.getNameAsString()));
    }
    if (e instanceof MethodCallExpr call
        && call.getArguments().isEmpty()
        && call.getTypeArguments().isEmpty()
        && call.getScope().isPresent()) {
      return accessorType(call.getScope().get())
          .filter(t -> model.type(t.getSimpleName()).isPresent())
          .flatMap(t -> model.property(t, call.getNameAsString(), true));
    }
    return Optional.empty();
  }

  /** {@code "text" + value + "text"}: at least one text literal, every operand a value. */
  private boolean isTextConcatenation(Expression e) {
    return isConcatenationOfValues(e) && containsTextLiteral(e);
  }

  private boolean isConcatenationOfValues(Expression e) {
    if (e instanceof EnclosedExpr enclosed) {
      return isConcatenationOfValues(enclosed.getInner());
    }
    if (e instanceof BinaryExpr b) {
      return b.getOperator() == BinaryExpr.Operator.PLUS
          && isConcatenationOfValues(b.getLeft())
          && isConcatenationOfValues(b.getRight());
    }
    return isValue(e);
  }

  private static boolean containsTextLiteral(Expression e) {
    return e.findFirst(com.github.javaparser.ast.expr.StringLiteralExpr.class).isPresent();
  }

  private void add(Node at, String code, String message) {
    add(at.getBegin().orElse(null), code, message);
  }

  private void add(Position p, String code, String message) {
    int line = origin.line();
    int column = origin.column();
    if (p != null) {
      // the parsed text starts with "{" before the consequence's first character
      line = origin.line() + p.line - 1;
      column = p.line == 1 ? origin.column() + p.column - 2 : p.column;
    }
    findings.add(new Finding(file, line, Math.max(1, column), code, message));
  }
}
