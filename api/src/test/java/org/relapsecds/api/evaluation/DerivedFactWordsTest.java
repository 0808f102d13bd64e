package org.relapsecds.api.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.relapsecds.rules.model.Alert;
import org.relapsecds.rules.model.AlertCode;
import org.relapsecds.rules.model.HsctDecision;
import org.relapsecds.rules.model.HsctIndication;
import org.relapsecds.rules.model.MarrowGrade;
import org.relapsecds.rules.model.MarrowStatus;
import org.relapsecds.rules.model.Recommendation;
import org.relapsecds.rules.model.RecommendationCode;
import org.relapsecds.rules.model.RelapseTiming;
import org.relapsecds.rules.model.RiskGroup;
import org.relapsecds.rules.model.RiskStratum;
import org.relapsecds.rules.model.Scheme;
import org.relapsecds.rules.model.Severity;
import org.relapsecds.rules.model.TimingCategory;

/** Fired rules show what they derived in clinical words, never the record text of the model. */
class DerivedFactWordsTest {
  static Stream<Arguments> facts() {
    return Stream.of(
        Arguments.of(new MarrowStatus(MarrowGrade.M3), "Marrow M3"),
        Arguments.of(
            new HsctIndication(Scheme.UK_R3, HsctDecision.INDICATED),
            "HSCT in CR2 under UK ALL R3: indicated"),
        Arguments.of(
            new RelapseTiming(Scheme.BFM, TimingCategory.VERY_EARLY),
            "BFM time to relapse: very early"),
        Arguments.of(new RiskGroup(Scheme.BFM, RiskStratum.S2), "BFM risk group: S2"),
        Arguments.of(
            new Alert(AlertCode.NOT_COVERED, Severity.WARNING, "Check the biopsy."),
            "warning alert, not covered: Check the biopsy."),
        Arguments.of(
            new Recommendation(
                RecommendationCode.HSCT_IN_CR2,
                Set.of(Scheme.UK_R3),
                "Allogeneic HSCT in second complete remission",
                "r"),
            "Recommended: Allogeneic HSCT in second complete remission (UK ALL R3)"));
  }

  @ParameterizedTest
  @MethodSource("facts")
  void saysWhatARuleDerivedInClinicalWords(Object fact, String words) {
    EvaluationResponse.DerivedFactView view = DerivedFactWords.of(fact);
    assertThat(view.text()).isEqualTo(words).doesNotContain("[").doesNotContain("=");
    assertThat(view.fact()).isEqualTo(fact.getClass().getSimpleName());
  }
}
