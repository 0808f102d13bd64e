package org.relapsecds.acceptance.steps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VocabularyTest {
  @ParameterizedTest
  @ValueSource(strings = {"recommendation", "alert", "genetic", "field"})
  void everyPhraseOfATableIsAcceptedByItsParameterTypeAndNothingElse(String type) {
    Map<String, String> table =
        switch (type) {
          case "recommendation" -> Vocabulary.RECOMMENDATIONS;
          case "alert" -> Vocabulary.ALERTS;
          case "genetic" -> Vocabulary.GENETICS;
          default -> Vocabulary.FIELDS;
        };
    String regex =
        switch (type) {
          case "recommendation" -> ParameterTypes.RECOMMENDATION;
          case "alert" -> ParameterTypes.ALERT;
          case "genetic" -> ParameterTypes.GENETIC;
          default -> ParameterTypes.FIELD;
        };

    assertThat(table.keySet()).allMatch(phrase -> Pattern.matches(regex, phrase));
    assertThat(regex.split("\\|")).hasSameSizeAs(table.keySet());
  }
}
