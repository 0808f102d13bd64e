package org.relapsecds.authoring.lifecycle;

import java.util.List;
import org.relapsecds.rules.engine.RuleFileKind;

/** The check of a rule file name an editor sends, against {@link RuleFileKind}. */
public final class RuleFileNames {
  private RuleFileNames() {}

  /**
   * @throws LifecycleException.InvalidInput naming the field {@code file} when the name is not a
   *     rule file name
   */
  public static void require(String file) {
    if (!RuleFileKind.isRuleFile(file)) {
      throw new LifecycleException.InvalidInput(
          "file must be a "
              + RuleFileKind.DRL
              + " file name such as "
              + RuleFileKind.DRL.example()
              + " (letters, digits, '.', '_', '-').",
          List.of(
              new LifecycleException.InvalidField(
                  "file", "not a " + RuleFileKind.DRL + " file name")));
    }
  }
}
