package org.relapsecds.api.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.relapsecds.api.problem.InvalidField;
import org.relapsecds.api.support.ApiTestSupport;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.exc.CollectedProblem;
import tools.jackson.databind.exc.DeferredBindingException;
import tools.jackson.databind.node.ObjectNode;

/**
 * Why {@link CaseReader} collects binding problems itself: what Jackson 3.1's own problem
 * collection ({@code problemCollectingReader()}, {@code readValueCollectingProblems}) does with the
 * same strictness. Each test pins one limit, so that a Jackson upgrade that lifts it fails here and
 * says which hand-written part may go.
 */
class JacksonProblemCollectionTest {
  private static final ObjectReader COLLECTING =
      CaseReader.strict().build().readerFor(EvaluationRequest.class).problemCollectingReader();

  private final CaseReader reader = new CaseReader();

  private static byte[] example(Consumer<ObjectNode> change) {
    ObjectNode tree = ApiTestSupport.contractExampleTree();
    change.accept(tree);
    return tree.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static JacksonException collect(byte[] json) {
    return catchThrowableOfType(
        JacksonException.class, () -> COLLECTING.readValueCollectingProblems(json));
  }

  private static List<String> pointers(List<CollectedProblem> problems) {
    return problems.stream().map(p -> p.getPath().toString()).toList();
  }

  private List<String> fields(byte[] json) {
    return reader.read(json).errors().stream().map(InvalidField::field).toList();
  }

  @Test
  void jacksonCollectsUnknownWordsAndImpossibleDatesButNotTheCaseReadSoFar() {
    byte[] json =
        example(
            c -> {
              c.withObject("patient").put("sex", "M");
              c.withObject("relapse").put("date", "2018-02-30").put("cd22", "NEG");
            });

    DeferredBindingException e =
        catchThrowableOfType(
            DeferredBindingException.class, () -> COLLECTING.readValueCollectingProblems(json));

    assertThat(pointers(e.getProblems()))
        .containsExactly("/patient/sex", "/relapse/date", "/relapse/cd22");
    // thrown, so the rest of the case is lost: CaseMapper could not check ranges and date order
    // in the same answer; CaseReader keeps the case with nulls in place of the bad values
    assertThat(reader.read(json).request()).isNotNull();
  }

  @Test
  void jacksonFilesAnUnknownPropertyOfARecordUnderItsObject() {
    byte[] json =
        example(
            c -> {
              c.withObject("relapse").put("blasts", 3);
              c.put("ward", "3B");
            });

    assertThat(pointers(((DeferredBindingException) collect(json)).getProblems()))
        .containsExactly("/relapse", "");
    assertThat(fields(json)).containsExactly("relapse.blasts", "ward");
  }

  static Stream<Arguments> wrongTypes() {
    return Stream.of(
        wrong(
            "relapse.marrowBlastPercent",
            c -> c.withObject("relapse").put("marrowBlastPercent", "35")),
        wrong("relapse.number", c -> c.withObject("relapse").put("number", 1.5)),
        wrong(
            "response.secondRemission",
            c -> c.withObject("response").put("secondRemission", "yes")),
        wrong("response.secondRemission", c -> c.withObject("response").put("secondRemission", 1)),
        wrong("relapse.date", c -> c.withObject("relapse").put("date", 20180710)),
        wrong(
            "relapse.extramedullarySites",
            c -> c.withObject("relapse").put("extramedullarySites", "CNS")),
        wrong("patient", c -> c.put("patient", "x")),
        wrong("relapse", c -> c.putArray("relapse")),
        wrong(
            "history.priorRegimens",
            c -> c.withObject("history").put("priorRegimens", 99999999999L)));
  }

  private static Arguments wrong(String field, Consumer<ObjectNode> change) {
    return Arguments.of(field, change);
  }

  @ParameterizedTest(name = "{0} of the wrong JSON type ends Jackson's read")
  @MethodSource("wrongTypes")
  void aValueOfTheWrongTypeEndsJacksonsRead(String field, Consumer<ObjectNode> change) {
    byte[] json = example(change);

    // thrown at once (a coercion failure, a missing creator, a number out of range), not
    // collected: the problem handler is never asked
    assertThat(collect(json)).isNotInstanceOf(DeferredBindingException.class);
    assertThat(fields(json)).containsExactly(field);
  }

  @Test
  void whatJacksonCollectedBeforeAWrongTypeRidesAlongAndTheRestIsUnread() {
    byte[] json =
        example(
            c -> {
              c.withObject("patient").put("sex", "M");
              c.withObject("relapse").put("marrowBlastPercent", "high").put("cd22", "NEG");
              c.put("ward", "3B");
            });

    JacksonException e = collect(json);

    assertThat(e.getSuppressed()).singleElement().isInstanceOf(DeferredBindingException.class);
    assertThat(pointers(((DeferredBindingException) e.getSuppressed()[0]).getProblems()))
        .containsExactly("/patient/sex");
    assertThat(fields(json))
        .containsExactlyInAnyOrder(
            "patient.sex", "relapse.marrowBlastPercent", "relapse.cd22", "ward");
  }

  @Test
  void jacksonReadsANumberOrABooleanAsText() throws Exception {
    EvaluationRequest read =
        COLLECTING.readValueCollectingProblems(example(c -> c.put("caseId", 5)));

    assertThat(read.caseId()).isEqualTo("5");
    assertThat(fields(example(c -> c.put("caseId", 5)))).containsExactly("caseId");
  }

  @Test
  void jacksonTrimsDatesAndEnumWords() throws Exception {
    byte[] json =
        example(c -> c.withObject("relapse").put("date", "2018-07-10 ").put("cd19", " POSITIVE"));

    EvaluationRequest read = COLLECTING.readValueCollectingProblems(json);

    assertThat(read.relapse().date()).hasToString("2018-07-10");
    assertThat(fields(json)).containsExactly("relapse.date", "relapse.cd19");
  }

  @Test
  void aStreamErrorDropsWhatJacksonCollectedBeforeIt() {
    String withBadSex =
        new String(example(c -> c.withObject("patient").put("sex", "M")), StandardCharsets.UTF_8);
    byte[] json =
        withBadSex
            .replace("\"priorHsct\":false", "\"priorHsct\":false,\"priorHsct\":true")
            .getBytes(StandardCharsets.UTF_8);

    JacksonException e = collect(json);

    // a duplicate key or malformed JSON is a StreamReadException, not a DatabindException:
    // Jackson attaches nothing it collected to it
    assertThat(e).isInstanceOf(StreamReadException.class);
    assertThat(e.getSuppressed()).isEmpty();
    assertThat(fields(json)).containsExactly("patient.sex", "history");
  }
}
