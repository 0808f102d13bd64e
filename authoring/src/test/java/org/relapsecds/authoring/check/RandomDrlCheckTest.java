package org.relapsecds.authoring.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.relapsecds.rules.engine.RuleSource;

/**
 * Random DRL-like text (fragments of rules, Java, brackets, quotes, escapes and control characters,
 * in any order) never makes the check throw, and every finding names a line.
 */
class RandomDrlCheckTest {
  static final List<String> FRAGMENTS =
      List.of(
          "package org.relapsecds.rules.kb;\n",
          "import org.relapsecds.rules.model.*;\n",
          "rule \"r\" ",
          "@evidence(\"Tallen2010\") ",
          "@status(\"verified\")\n",
          "when\n",
          "then\n",
          "end\n",
          "$c : RelapseCase( ",
          "marrowBlastPercent < 5",
          ", ",
          " )\n",
          "not ",
          "exists ",
          "( ",
          ") ",
          "{ ",
          "} ",
          "insert(new MarrowStatus(MarrowGrade.M1));\n",
          "System.exit(1);\n",
          "\"",
          "'",
          "\\u0053",
          "\\",
          "/*",
          "*/",
          "//",
          "#",
          "\u0000",
          "\u202e",
          "from accumulate( ",
          "eval( ",
          "salience ",
          "-50 ",
          "declare X end\n",
          "modify($c) { }",
          " + ",
          "$c.relapse()",
          "Scheme.BFM",
          "\n");

  static Gen<String> drlLikeText() {
    return lists()
        .of(integers().between(0, FRAGMENTS.size() - 1))
        .ofSizeBetween(0, 80)
        .map(is -> String.join("", is.stream().map(FRAGMENTS::get).toList()));
  }

  @Test
  void randomDrlLikeTextNeverBreaksTheCheck() {
    RuleCheck check = RuleCheck.standard();
    qt().withExamples(300)
        .forAll(drlLikeText())
        .checkAssert(
            text ->
                assertThat(check.check(new RuleSource("random.drl", text)))
                    .allSatisfy(
                        f -> {
                          assertThat(f.line()).isPositive();
                          assertThat(f.column()).isPositive();
                        }));
  }
}
