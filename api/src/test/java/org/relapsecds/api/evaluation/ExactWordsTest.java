package org.relapsecds.api.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.relapsecds.api.problem.InvalidField;
import org.relapsecds.api.support.ApiTestSupport;
import tools.jackson.databind.node.ObjectNode;

/**
 * Dates and enum words must be the word itself: Jackson trims both, so whitespace around them or a
 * NUL in them used to be accepted silently. Each such value is a 400 naming its field.
 */
class ExactWordsTest extends ApiTestSupport {
  private final CaseReader reader = new CaseReader();

  /** The contract example with one field's text replaced ({@code \0}, {@code \t} decoded). */
  static String withField(String object, String field, String value) {
    ObjectNode tree = contractExampleTree();
    String decoded =
        value
            .replace("\\0", "\u0000")
            .replace("\\t", "\t")
            .replace("\\n", "\n")
            .replace("\\u00a0", "\u00a0")
            .replace("\\u001b", "\u001b");
    if (object.isEmpty()) {
      tree.put(field, decoded);
    } else if (field.endsWith("[0]")) {
      tree.withObject(object).putArray(field.substring(0, field.length() - 3)).add(decoded);
    } else {
      tree.withObject(object).put(field, decoded);
    }
    return JSON.writeValueAsString(tree);
  }

  @ParameterizedTest(name = "{0}.{1} = \"{2}\" is refused")
  @CsvSource(
      delimiter = '|',
      value = {
        "relapse   | date                 | ' 2018-07-10'",
        "relapse   | date                 | '2018-07-10 '",
        "relapse   | date                 | '2018-07-10\\0'",
        "relapse   | date                 | '\\02018-07-10'",
        "patient   | birthDate            | '\\t2008-03-02'",
        "patient   | birthDate            | '2008-03-02\\n'",
        "diagnosis | date                 | '2015-01-10\\u00a0'",
        "patient   | sex                  | ' MALE'",
        "patient   | sex                  | 'MALE '",
        "patient   | sex                  | 'MALE\\0'",
        "patient   | sex                  | '\\u001bMALE'",
        "diagnosis | immunophenotype      | 'B_PRECURSOR\\t'",
        "relapse   | cd19                 | ' POSITIVE '",
        "relapse   | genetics[0]          | ' ETV6_RUNX1'",
        "relapse   | extramedullarySites[0] | 'CNS\\0'",
      })
  void aPaddedWordIsAnErrorOfItsField(String object, String field, String value) {
    String path = (object.isEmpty() ? "" : object + ".") + field;

    List<InvalidField> errors =
        reader.read(withField(object, field, value).getBytes(StandardCharsets.UTF_8)).errors();

    assertThat(errors).extracting(InvalidField::field).containsExactly(path);
    assertThat(errors.get(0).message()).doesNotContain("\u0000").doesNotContain("\t");
  }

  @Test
  void everyPaddedFieldIsNamedInOneProblem() throws Exception {
    ObjectNode tree = contractExampleTree();
    tree.withObject("relapse").put("date", "2018-07-10 ");
    tree.withObject("patient").put("sex", "\u0000MALE");
    tree.withObject("diagnosis").put("date", " 2015-01-10");

    evaluate(JSON.writeValueAsString(tree))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value("urn:relapse-cds:problem:invalid-request"))
        .andExpect(jsonPath("$.errors.length()").value(3))
        .andExpect(jsonPath("$.errors[?(@.field == 'relapse.date')]").exists())
        .andExpect(jsonPath("$.errors[?(@.field == 'patient.sex')]").exists())
        .andExpect(jsonPath("$.errors[?(@.field == 'diagnosis.date')]").exists());
  }

  @Test
  void theMessageSaysWhatIsWrongWithTheControlCharacterShown() {
    List<InvalidField> errors =
        reader
            .read(withField("patient", "sex", "MALE\\0").getBytes(StandardCharsets.UTF_8))
            .errors();

    assertThat(errors.get(0).message())
        .isEqualTo(
            "'MALE\\u0000' must be one of MALE, FEMALE, OTHER, UNKNOWN, without spaces or control"
                + " characters");
  }

  @Test
  void exactWordsStillRead() {
    assertThat(reader.read(contractExample().getBytes(StandardCharsets.UTF_8)).errors()).isEmpty();
  }
}
