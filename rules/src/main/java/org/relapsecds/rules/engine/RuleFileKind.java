package org.relapsecds.rules.engine;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The kinds of file a knowledge base is written in, and what a rule file's name may be: the one
 * place that knows a rule file ends in {@code .drl}. The engine compiles by this kind, the rule
 * repository lists and diffs only files of a kind, the authoring API checks names against {@link
 * #NAME}. A decision table would be a second constant here.
 */
public enum RuleFileKind {
  /** Drools rule language text. */
  DRL("drl");

  /** Longest file name accepted, so a name is safe in paths, URLs and commit messages. */
  public static final int MAX_NAME_LENGTH = 100;

  /**
   * Letters, digits, '.', '_' and '-', starting with a letter or digit, and ending in the extension
   * of a kind. No folder, so a name never leaves the repository's top folder.
   */
  public static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*\\.(drl)");

  private final String extension;

  RuleFileKind(String extension) {
    this.extension = extension;
  }

  /** The file-name extension without the dot, e.g. {@code drl}. */
  public String extension() {
    return extension;
  }

  /** The kind of a file name, when it is a valid rule file name. */
  public static Optional<RuleFileKind> of(String fileName) {
    if (fileName == null || fileName.length() > MAX_NAME_LENGTH) {
      return Optional.empty();
    }
    var matcher = NAME.matcher(fileName);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    for (RuleFileKind kind : values()) {
      if (kind.extension.equals(matcher.group(1))) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  /** Whether the name is a valid rule file name of some kind. */
  public static boolean isRuleFile(String fileName) {
    return of(fileName).isPresent();
  }

  /** An example name of this kind, for messages. */
  public String example() {
    return "bfm." + extension;
  }
}
