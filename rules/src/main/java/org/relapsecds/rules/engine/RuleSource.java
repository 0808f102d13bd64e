package org.relapsecds.rules.engine;

import java.util.Objects;

/**
 * One DRL file of a knowledge base.
 *
 * @param file the file name, e.g. {@code bfm.drl}; unique within a knowledge base
 * @param text the DRL text
 */
public record RuleSource(String file, String text) {
  public RuleSource {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(text, "text");
    if (!file.matches("[A-Za-z0-9][A-Za-z0-9._-]*\\.drl")) {
      throw new IllegalArgumentException("not a DRL file name: " + file);
    }
  }
}
