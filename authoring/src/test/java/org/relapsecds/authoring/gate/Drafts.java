package org.relapsecds.authoring.gate;

import java.util.List;
import org.relapsecds.rules.engine.BundledRules;
import org.relapsecds.rules.engine.RuleSource;

/** Drafts of the bundled rules with one clinical change, for tests of the gate (also the api's). */
public final class Drafts {
  static final String UK_HIGH_RULE = "rule \"UK ALL R3: HSCT in CR2 for high risk\"";

  private Drafts() {}

  /** The bundled rules with UK ALL R3 high risk no longer indicating HSCT in CR2. */
  public static List<RuleSource> ukHighRiskWithoutTransplant() {
    return BundledRules.load().stream()
        .map(
            s -> {
              if (!s.file().equals("transplant.drl")) {
                return s;
              }
              int rule = s.text().indexOf(UK_HIGH_RULE);
              String before = "HsctDecision.INDICATED";
              int at = s.text().indexOf(before, rule);
              if (rule < 0 || at < 0) {
                throw new IllegalStateException("transplant.drl no longer has " + UK_HIGH_RULE);
              }
              String text =
                  s.text().substring(0, at)
                      + "HsctDecision.NOT_INDICATED"
                      + s.text().substring(at + before.length());
              return new RuleSource(s.file(), text);
            })
        .toList();
  }
}
