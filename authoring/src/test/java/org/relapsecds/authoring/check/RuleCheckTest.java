package org.relapsecds.authoring.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.relapsecds.rules.engine.BundledRules;
import org.relapsecds.rules.engine.RuleSource;

class RuleCheckTest {
  private static final RuleCheck CHECK = RuleCheck.standard();

  private static final String HEADER =
      "package org.relapsecds.rules.kb;\n\nimport org.relapsecds.rules.model.*;\n";

  private static List<Finding> check(String drl) {
    return CHECK.check(new RuleSource("sample.drl", drl));
  }

  static Stream<Arguments> incompleteMetadata() {
    return Stream.of(
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
  @MethodSource("incompleteMetadata")
  void unsafeOrIncompleteDrlIsRejectedWithFileLineAndPlainMessage(
      String description, String drl, String code, int line) {
    assertThat(check(drl))
        .as(description)
        .anySatisfy(
            f -> {
              assertThat(f.code()).isEqualTo(code);
              assertThat(f.file()).isEqualTo("sample.drl");
              assertThat(f.line()).isEqualTo(line);
              assertThat(f.message()).isNotBlank();
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
            + "  RelapseCase( marrowBlastPercent >= 25 )  // a comment: Runtime\n"
            + "then\n"
            + "  // Runtime.getRuntime().exec(\"x\") in a comment\n"
            + "  insert(new Alert(AlertCode.NOT_COVERED, Severity.INFO,"
            + " \"System.exit(1); java.net.URL; new Thread()\"));\n"
            + "end\n";

    assertThat(check(drl)).isEmpty();
  }

  @Test
  void honestNewRulesInTheBundledStyleValidate() {
    String drl =
        HEADER
            + "import java.util.EnumSet;\n"
            + "rule \"BFM S2 late combined relapse: a note\" @evidence(\"Tallen2010\")"
            + " @status(\"unverified\")\n"
            + "  salience -5\n"
            + "when\n"
            + "  RiskSchemesApply()\n"
            + "  $t : RelapseTiming( scheme == Scheme.BFM, category in (TimingCategory.LATE,"
            + " TimingCategory.EARLY) )\n"
            + "  $g : RiskGroup( scheme == $t.scheme, stratum != RiskStratum.S4 )\n"
            + "  $c : RelapseCase( immunophenotype == Immunophenotype.B_PRECURSOR,"
            + " extramedullarySites not contains ExtramedullarySite.OTHER,"
            + " $mrd : mrd, marrowBlastPercent >= 25 || marrowBlastPercent < 5 )\n"
            + "  not ( Alert( code == AlertCode.NOT_COVERED ) or exists MissingData( field =="
            + " \"response.mrd\" ) )\n"
            + "then\n"
            + "  insert(new Alert(AlertCode.NOT_COVERED, Severity.INFO, \"Group \" + $g.stratum()"
            + " + \" at MRD \" + $mrd + \".\"));\n"
            + "  insert(new Recommendation(RecommendationCode.REINDUCTION, EnumSet.of(Scheme.BFM,"
            + " $t.scheme()), \"Reinduction\", \"Aim at CR2.\"));\n"
            + "  insert(new MissingData(\"response.mrd\", \"decides\" + \" the group\"));\n"
            + "end\n";

    assertThat(check(drl)).isEmpty();
  }

  @Test
  void everyBundledRuleFilePassesTheCheck() {
    assertThat(CHECK.check(BundledRules.load())).isEmpty();
  }

  @Test
  void eachRefusedStatementIsReportedOnItsOwnLineAndColumn() {
    String drl =
        HEADER
            + "rule \"r\" @evidence(\"Tallen2010\") @status(\"verified\")\n"
            + "when\n"
            + "  $c : RelapseCase()\n"
            + "then\n"
            + "  System.exit(1);\n"
            + "    insert(new MissingData(\"x\", $c.getClass().getName()));\n"
            + "end\n";

    List<Finding> findings = check(drl);

    assertThat(findings).extracting(Finding::line).containsExactly(8, 9);
    assertThat(findings.get(0).column()).isEqualTo(3);
    assertThat(findings.get(1).message())
        .contains("a consequence may only insert a fact of the model")
        .contains("$c.getClass().getName()");
  }

  @Test
  void textThatDoesNotParseIsASyntaxFindingOnly() {
    assertThat(check(HEADER + "rule \"r\" when RelapseCase( then end"))
        .isNotEmpty()
        .allSatisfy(f -> assertThat(f.isSyntax()).isTrue());
  }

  @Test
  void fiveThousandNestedParenthesesAreRefusedQuicklyWithoutAStackOverflow() {
    String drl =
        HEADER
            + "rule \"r\" when\n  RelapseCase( "
            + "(".repeat(5000)
            + "a"
            + ")".repeat(5000)
            + " )\nthen\nend\n";

    List<Finding> findings = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> check(drl));

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo("too-deep");
              assertThat(f.line()).isEqualTo(5);
            });
  }

  @Test
  void aTwoThousandRuleFileIsRefusedWithALine() {
    StringBuilder drl = new StringBuilder(HEADER);
    for (int i = 0; i < 2000; i++) {
      drl.append("rule \"r")
          .append(i)
          .append("\" @evidence(\"Tallen2010\") @status(\"verified\")")
          .append(" when RelapseCase() then end\n");
    }

    List<Finding> findings =
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> check(drl.toString()));

    assertThat(findings).isNotEmpty().allSatisfy(f -> assertThat(f.line()).isPositive());
    assertThat(findings).extracting(Finding::code).containsAnyOf("too-many-rules", "too-large");
  }

  @Test
  void binaryTextIsRefusedWithAtMostTenFindings() {
    byte[] bytes = new byte[20_000];
    new java.util.Random(7).nextBytes(bytes);
    String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);

    List<Finding> findings = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> check(text));

    assertThat(findings).isNotEmpty().hasSizeLessThanOrEqualTo(10);
    assertThat(findings).allSatisfy(f -> assertThat(f.code()).isEqualTo("character"));
  }

  @Test
  void theFactModelIsFoundByReflection() {
    FactModel model = FactModel.standard();
    assertThat(model.type("RelapseCase")).isPresent();
    assertThat(model.type("org.relapsecds.rules.model.Recommendation")).isPresent();
    assertThat(model.type("Scheme")).get().satisfies(t -> assertThat(model.isEnum(t)).isTrue());
    assertThat(model.type("InvalidCaseException")).isEmpty();
    assertThat(model.isValueType("java.time.LocalDate")).isTrue();
    assertThat(model.isValueType("java.util.Set")).isTrue();
    assertThat(model.isValueType("java.util.concurrent.Executors")).isFalse();
  }
}
