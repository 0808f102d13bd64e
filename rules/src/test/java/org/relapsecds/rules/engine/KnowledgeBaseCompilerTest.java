package org.relapsecds.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Bad DRL comes back as problems per file and line, never as an exception or a stack trace. */
class KnowledgeBaseCompilerTest {

  private static final KnowledgeBaseCompiler COMPILER = new KnowledgeBaseCompiler();

  private static final String GOOD =
      """
      // A valid file.
      package org.relapsecds.rules.kb;

      import org.relapsecds.rules.model.*;

      rule "Marrow with fewer than 5 % blasts is M1"
        @evidence("Buchmann2022") @status("verified")
      when
        RelapseCase( marrowBlastPercent < 5 )
      then
        insert(new MarrowStatus(MarrowGrade.M1));
      end
      """;

  private static RuleSource good() {
    return new RuleSource("good.drl", GOOD);
  }

  private static void assertCleanMessages(List<CompileProblem> problems) {
    assertThat(problems)
        .allSatisfy(
            p -> {
              assertThat(p.message()).isNotBlank();
              assertThat(p.message())
                  .doesNotContain("\tat ")
                  .doesNotContainPattern("\\bat [a-z]+\\.[a-z]+\\.");
              assertThat(p.message()).doesNotContain("Exception").doesNotContain(".java:");
            });
  }

  @Test
  void aSyntaxErrorIsReportedWithItsFileAndLine() {
    String broken =
        """
        package org.relapsecds.rules.kb;

        import org.relapsecds.rules.model.*;

        rule "Broken condition"
          @evidence("Buchmann2022") @status("verified")
        when
          RelapseCase( marrowBlastPercent < )
        then
          insert(new MarrowStatus(MarrowGrade.M1));
        end
        """;

    Compilation result = COMPILER.compile(List.of(good(), new RuleSource("broken.drl", broken)));

    assertThat(result.succeeded()).isFalse();
    assertThat(result.knowledgeBase()).isEmpty();
    assertThat(result.problems())
        .isNotEmpty()
        .allSatisfy(p -> assertThat(p.file()).isEqualTo("broken.drl"));
    assertThat(result.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(8);
              // the closing parenthesis after "<", 1-based
              assertThat(p.column()).isEqualTo(37);
              assertThat(p.message()).contains("')'").doesNotContain("Line 8");
            });
    assertCleanMessages(result.problems());
  }

  @Test
  void aRuleWithoutEndIsReportedAtTheEndOfItsFile() {
    String broken =
        """
        package org.relapsecds.rules.kb;

        import org.relapsecds.rules.model.*;

        rule "Missing end"
          @evidence("Buchmann2022") @status("verified")
        when
          RelapseCase( marrowBlastPercent < 5 )
        then
          insert(new MarrowStatus(MarrowGrade.M1));
        """;

    Compilation result = COMPILER.compile(List.of(new RuleSource("no-end.drl", broken)));

    assertThat(result.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.file()).isEqualTo("no-end.drl");
              assertThat(p.line()).isEqualTo(11);
            });
    assertCleanMessages(result.problems());
  }

  @Test
  void anUnknownFactTypeInAConditionIsReportedWithItsFileAndLine() {
    String broken =
        """
        package org.relapsecds.rules.kb;

        import org.relapsecds.rules.model.*;

        rule "Unknown fact"
          @evidence("Buchmann2022") @status("verified")
        when
          RelapseCase( marrowBlastPercent < 5 )
          NoSuchFact( value == 1 )
        then
          insert(new MarrowStatus(MarrowGrade.M1));
        end
        """;

    Compilation result =
        COMPILER.compile(List.of(new RuleSource("unknown-type.drl", broken), good()));

    assertThat(result.succeeded()).isFalse();
    assertThat(result.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.file()).isEqualTo("unknown-type.drl");
              assertThat(p.line()).isEqualTo(9);
              assertThat(p.message()).contains("NoSuchFact");
            });
    assertCleanMessages(result.problems());
  }

  @Test
  void aJavaErrorInAConsequenceIsReportedAtItsRule() {
    String broken =
        """
        package org.relapsecds.rules.kb;

        import org.relapsecds.rules.model.*;

        rule "Java error in the consequence"
          @evidence("Buchmann2022") @status("verified")
        when
          RelapseCase( marrowBlastPercent < 5 )
        then
          insert(new MarrowStatus(42));
        end
        """;

    Compilation result =
        COMPILER.compile(List.of(good(), new RuleSource("java-error.drl", broken)));

    assertThat(result.succeeded()).isFalse();
    assertThat(result.problems())
        .isNotEmpty()
        .allSatisfy(
            p -> {
              assertThat(p.file()).isEqualTo("java-error.drl");
              // Drools reports consequence errors at the line of the rule they belong to.
              assertThat(p.line()).isEqualTo(5);
            });
    assertCleanMessages(result.problems());
  }

  @Test
  void twoFilesWithTheSameNameAreRejected() {
    Compilation result = COMPILER.compile(List.of(good(), good()));

    assertThat(result.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.message()).contains("duplicate"));
  }

  @Test
  void validSourcesCompileIntoAKnowledgeBaseThatDescribesItsRules() {
    Compilation result = COMPILER.compile(List.of(good()));

    assertThat(result.problems()).isEmpty();
    KnowledgeBase kb = result.orThrow();
    assertThat(kb.ruleCount()).isEqualTo(1);
    assertThat(kb.rules())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.name()).isEqualTo("Marrow with fewer than 5 % blasts is M1");
              assertThat(r.file()).isEqualTo("good.drl");
              assertThat(r.metadata())
                  .containsEntry("evidence", "Buchmann2022")
                  .containsEntry("status", "verified");
            });
  }
}
