package org.relapsecds.rules.engine;

import java.util.Objects;

/**
 * One rule file of a knowledge base (of a {@link RuleFileKind}).
 *
 * @param file the file name, e.g. {@code bfm.drl}; unique within a knowledge base
 * @param text the DRL text
 */
public record RuleSource(String file, String text) {
  public RuleSource {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(text, "text");
    if (!RuleFileKind.isRuleFile(file)) {
      throw new IllegalArgumentException("not a rule file name: " + file);
    }
  }
}
