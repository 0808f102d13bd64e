package org.relapsecds.rules.treatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.relapsecds.rules.treatment.TreatmentCases.evaluate;
import static org.relapsecds.rules.treatment.TreatmentCases.named;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.relapsecds.rules.model.AlertCode;
import org.relapsecds.rules.model.RelapseCase;
import org.relapsecds.rules.model.Severity;

/** The not-a-treatment-order notice on every outcome (notices.drl). */
class NoticesTest {

  static Stream<Arguments> everyKindOfOutcome() {
    return Stream.of(
        Arguments.of(named("established first relapse", TreatmentCases.lateMarrowBcp())),
        Arguments.of(named("relapse not established", TreatmentCases.notEstablished())),
        Arguments.of(named("second relapse", TreatmentCases.secondRelapseBcp())),
        Arguments.of(named("relapse after HSCT", TreatmentCases.lateMarrowBcp().priorHsct(true))),
        Arguments.of(named("refractory relapse", TreatmentCases.refractoryFirstRelapseBcp())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyKindOfOutcome")
  void everyOutcomeSaysItIsNotATreatmentOrder(RelapseCase relapse) {
    assertThat(TreatmentCases.explained(evaluate(relapse), AlertCode.NOT_A_TREATMENT_ORDER))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.item().severity()).isEqualTo(Severity.INFO);
              assertThat(e.item().message()).contains("not a treatment order");
              assertThat(e.rule().file()).isEqualTo("notices.drl");
            });
  }
}
