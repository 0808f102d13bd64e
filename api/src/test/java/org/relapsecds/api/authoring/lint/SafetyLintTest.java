package org.relapsecds.api.authoring.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.relapsecds.rules.engine.BundledRules;
import org.relapsecds.rules.engine.RuleSource;

class SafetyLintTest {
  private static final SafetyLint LINT = SafetyLint.standard();

  private static final String HEADER =
      "package org.relapsecds.rules.kb;\n\nimport org.relapsecds.rules.model.*;\n";

  /** A well-formed rule whose consequence is the given Java. */
  private static String ruleWithConsequence(String java) {
    return HEADER
        + "\nrule \"Marrow with fewer than 5 % blasts is M1\"\n"
        + "  @evidence(\"Buchmann2022\") @status(\"verified\")\n"
        + "when\n"
        + "  RelapseCase( marrowBlastPercent < 5 )\n"
        + "then\n"
        + "  "
        + java
        + "\n"
        + "  insert(new MarrowStatus(MarrowGrade.M1));\n"
        + "end\n";
  }

  private static String ruleWithCondition(String condition) {
    return HEADER
        + "\nrule \"A rule\"\n  @evidence(\"Buchmann2022\") @status(\"verified\")\nwhen\n  "
        + condition
        + "\nthen\n  insert(new MarrowStatus(MarrowGrade.M1));\nend\n";
  }

  static Stream<Arguments> unsafeSamples() {
    return Stream.of(
        Arguments.of("System.exit", ruleWithConsequence("System.exit(1);"), "forbidden-api", 10),
        Arguments.of(
            "System property read",
            ruleWithConsequence("String p = System.getProperty(\"user.home\");"),
            "forbidden-api",
            10),
        Arguments.of(
            "Runtime exec",
            ruleWithConsequence("Runtime.getRuntime().exec(\"rm -rf /\");"),
            "forbidden-api",
            10),
        Arguments.of(
            "ProcessBuilder",
            ruleWithConsequence("new ProcessBuilder(\"sh\").start();"),
            "forbidden-api",
            10),
        Arguments.of(
            "Thread creation",
            ruleWithConsequence("new Thread(() -> {}).start();"),
            "forbidden-api",
            10),
        Arguments.of(
            "Thread sleep", ruleWithConsequence("Thread.sleep(1000);"), "forbidden-api", 10),
        Arguments.of(
            "Class.forName",
            ruleWithConsequence("Object c = Class.forName(\"java.lang.Runtime\");"),
            "reflection",
            10),
        Arguments.of(
            "getClass",
            ruleWithConsequence("Object c = new MarrowStatus(MarrowGrade.M1).getClass();"),
            "reflection",
            10),
        Arguments.of(
            "class literal",
            ruleWithConsequence("Object c = MarrowStatus.class;"),
            "reflection",
            10),
        Arguments.of(
            "java.lang.reflect by name",
            ruleWithConsequence("java.lang.reflect.Method m = null;"),
            "forbidden-package",
            10),
        Arguments.of(
            "class loader",
            ruleWithConsequence("Object l = ClassLoader.getSystemClassLoader();"),
            "forbidden-api",
            10),
        Arguments.of(
            "java.io by qualified name",
            ruleWithConsequence("new java.io.File(\"/etc/passwd\").delete();"),
            "forbidden-package",
            10),
        Arguments.of(
            "java.nio by qualified name",
            ruleWithConsequence("java.nio.file.Files.delete(java.nio.file.Path.of(\"x\"));"),
            "forbidden-package",
            10),
        Arguments.of(
            "java.net by qualified name",
            ruleWithConsequence("new java.net.URL(\"http://evil.example\").openStream();"),
            "forbidden-package",
            10),
        Arguments.of(
            "java.util.concurrent by qualified name",
            ruleWithConsequence("java.util.concurrent.ForkJoinPool.commonPool().submit(() -> 1);"),
            "forbidden-package",
            10),
        Arguments.of(
            "java.util.prefs by qualified name (writes to disk)",
            ruleWithConsequence("java.util.prefs.Preferences.userRoot().put(\"k\", \"v\");"),
            "forbidden-package",
            10),
        Arguments.of(
            "eval in a condition",
            ruleWithCondition("eval( Runtime.getRuntime() != null )"),
            "eval",
            8),
        Arguments.of(
            "static access outside the fact model",
            ruleWithConsequence("Object p = Files.readString(null);"),
            "static-access",
            10),
        Arguments.of(
            "object creation outside the fact model",
            ruleWithConsequence("Object o = new Object() { };"),
            "object-creation",
            10),
        Arguments.of(
            "engine internals", ruleWithConsequence("drools.halt();"), "forbidden-api", 10),
        Arguments.of(
            "import of java.io",
            HEADER + "import java.io.File;\n" + ruleWithConsequence("").substring(HEADER.length()),
            "forbidden-import",
            4),
        Arguments.of(
            "import of java.util.concurrent",
            HEADER
                + "import java.util.concurrent.Executors\n"
                + ruleWithConsequence("").substring(HEADER.length()),
            "forbidden-import",
            4),
        Arguments.of(
            "import of java.util.zip",
            HEADER
                + "import java.util.zip.ZipFile;\n"
                + ruleWithConsequence("").substring(HEADER.length()),
            "forbidden-import",
            4),
        Arguments.of(
            "static import outside the fact model",
            HEADER
                + "import static java.lang.System.exit;\n"
                + ruleWithConsequence("").substring(HEADER.length()),
            "forbidden-import",
            4),
        Arguments.of(
            "function import outside the fact model",
            HEADER
                + "import function java.lang.Runtime.getRuntime;\n"
                + ruleWithConsequence("").substring(HEADER.length()),
            "forbidden-import",
            4),
        Arguments.of(
            "unicode escape hiding System",
            ruleWithConsequence("\\u0053ystem.exit(1);"),
            "forbidden-api",
            10),
        Arguments.of(
            "missing @evidence",
            HEADER + "rule \"No sources\" @status(\"verified\")\nwhen\nthen\nend\n",
            "missing-evidence",
            4),
        Arguments.of(
            "empty @evidence",
            HEADER + "rule \"No sources\" @evidence(\"\") @status(\"verified\")\nwhen\nthen\nend\n",
            "missing-evidence",
            4),
        Arguments.of(
            "unknown @evidence key",
            HEADER
                + "rule \"Made-up source\" @evidence(\"Tallen2010,Smith1999\")"
                + " @status(\"verified\")\nwhen\nthen\nend\n",
            "unknown-evidence",
            4),
        Arguments.of(
            "missing @status",
            HEADER + "rule \"No status\" @evidence(\"Tallen2010\")\nwhen\nthen\nend\n",
            "missing-status",
            4),
        Arguments.of(
            "invalid @status",
            HEADER
                + "rule \"Odd status\" @evidence(\"Tallen2010\") @status(\"draft\")\nwhen\nthen\nend\n",
            "bad-status",
            4));
  }

  @ParameterizedTest(name = "{0} is rejected")
  @MethodSource("unsafeSamples")
  void unsafeOrIncompleteDrlIsRejectedWithFileLineAndPlainMessage(
      String description, String drl, String code, int line) {
    List<LintFinding> findings = LINT.check(new RuleSource("sample.drl", drl));

    assertThat(findings).as(description).isNotEmpty();
    assertThat(findings)
        .as(description)
        .anySatisfy(
            f -> {
              assertThat(f.code()).isEqualTo(code);
              assertThat(f.file()).isEqualTo("sample.drl");
              assertThat(f.line()).isEqualTo(line);
              assertThat(f.message()).isNotBlank().doesNotContain("Exception");
            });
  }

  @Test
  void forbiddenWordsInRuleNamesMessagesAndCommentsAreNotFindings() {
    String drl =
        HEADER
            + "// System.exit and java.io are mentioned here only in a comment\n"
            + "/* Runtime, Thread, Class.forName, eval */\n"
            + "rule \"System review: eval of Thread class loader java.io\"\n"
            + "  @evidence(\"Parker2010,Tallen2010\") @status(\"unverified\")\n"
            + "when\n"
            + "  RelapseCase( marrowBlastPercent >= 25 )  # a DRL comment: Runtime\n"
            + "then\n"
            + "  insert(new Alert(AlertCode.values()[0], Severity.values()[0],"
            + " \"System.exit(1); java.net.URL; new Thread()\"));\n"
            + "end\n";

    assertThat(LINT.check(new RuleSource("sample.drl", drl))).isEmpty();
  }

  @Test
  void factModelImportsConstantsAndCreationsAreAllowed() {
    String drl =
        HEADER
            + "import org.relapsecds.rules.model.RelapseTiming;\n"
            + "rule \"BFM: marrow relapse\" @evidence(\"Tallen2010\") @status(\"verified\")\n"
            + "when\n"
            + "  RelapseTiming( scheme == Scheme.BFM, category == TimingCategory.values()[0] )\n"
            + "  $c : RelapseCase( immunophenotype == Immunophenotype.B_PRECURSOR )\n"
            + "then\n"
            + "  insert(new RiskGroup(Scheme.BFM, RiskStratum.S2));\n"
            + "end\n";

    assertThat(LINT.check(new RuleSource("sample.drl", drl))).isEmpty();
  }

  @Test
  void collectionsAndDatesOfJavaUtilAndJavaTimeAndJavaLangValueTypesAreAllowed() {
    String drl =
        HEADER
            + "import java.util.Set;\nimport java.util.List;\nimport java.time.LocalDate;\n"
            + "rule \"Agents named\" @evidence(\"Tallen2010\") @status(\"verified\")\n"
            + "when\n"
            + "  $s : Set( size > 0 ) from accumulate( RiskGroup( $g : stratum ), collectSet( $g ) )\n"
            + "then\n"
            + "  insert(new MissingData(\"x\", String.join(\", \", new java.util.TreeSet<>($s))"
            + " + Math.max(1, 2) + LocalDate.of(2020, 1, 1) + List.of()));\n"
            + "end\n";

    assertThat(LINT.check(new RuleSource("sample.drl", drl))).isEmpty();
  }

  @Test
  void everyBundledRuleFilePassesTheLint() {
    assertThat(LINT.check(BundledRules.load())).isEmpty();
  }

  @Test
  void eachUnsafeStatementIsReportedOnItsOwnLine() {
    String drl = ruleWithConsequence("System.exit(1);\n  Thread.sleep(5);");

    assertThat(LINT.check(new RuleSource("sample.drl", drl)))
        .extracting(LintFinding::line)
        .containsExactly(10, 11);
  }
}
