package org.relapsecds.authoring.check;

import org.drools.drl.ast.descr.RuleDescr;

/** Line and column of places in one file's text, for findings inside a consequence. */
final class TextPositions {
  /** A 1-based line and column. */
  record Position(int line, int column) {}

  private final String text;

  TextPositions(String text) {
    this.text = text;
  }

  /**
   * Where an annotation of a rule is written (the parser gives annotations no position): the first
   * {@code @name} after the rule's start, else the rule's own line.
   */
  Position annotation(RuleDescr rule, String name) {
    int from = Math.max(0, rule.getStartCharacter());
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("@" + name + "\\b").matcher(text);
    return m.find(from) ? at(m.start()) : new Position(Math.max(1, rule.getLine()), 1);
  }

  /** Where the consequence text of a rule begins in the file. */
  Position consequenceStart(RuleDescr rule) {
    String consequence = String.valueOf(rule.getConsequence());
    int from = Math.max(0, rule.getStartCharacter());
    int at = consequence.isEmpty() ? -1 : text.indexOf(consequence, from);
    if (at < 0) {
      return new Position(Math.max(1, rule.getConsequenceLine()), 1);
    }
    return at(at);
  }

  private Position at(int offset) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new Position(line, offset - lineStart + 1);
  }
}
