package org.relapsecds.rules.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.relapsecds.rules.model.Immunophenotype;
import org.relapsecds.rules.model.Scheme;
import org.relapsecds.rules.reference.Expectation.Aspect;
import tools.jackson.databind.json.JsonMapper;

/** The reference-case file is read strictly: a typing error fails loudly, naming the case. */
class ReferenceCasesTest {
  private static final String FACTS =
      "\"facts\": {\"birthDate\": \"2008-03-01\", \"diagnosisDate\": \"2015-01-10\","
          + " \"diagnosisImmunophenotype\": \"B_PRECURSOR\", \"relapseDate\": \"2016-01-10\","
          + " \"marrowBlastPercent\": 60, \"extramedullarySites\": [\"CNS\"]}";

  @Test
  void theBundledFileHoldsTheFourVignettesOfSection9AndTheTwoCasesOfSection10() {
    assertThat(ReferenceCases.load())
        .extracting(ReferenceCase::id)
        .containsExactly("case-9.1", "case-9.2", "case-9.3", "case-9.4", "case-10.1", "case-10.2");
  }

  @Test
  void factsAreSetThroughTheBuilderAndExpectationsKeepTheirScheme() {
    ReferenceCase c =
        parse(
                "{\"id\": \"x\", \"title\": \"t\", \"source\": \"s\", "
                    + FACTS
                    + ","
                    + " \"expected\": {\"site\": \"COMBINED\", \"UK_R3\": {\"hsct\": \"INDICATED\","
                    + " \"group\": null}}}")
            .get(0);

    assertThat(c.facts().diagnosisImmunophenotype()).isEqualTo(Immunophenotype.B_PRECURSOR);
    assertThat(c.facts().marrowBlastPercent()).isEqualTo(60.0);
    assertThat(c.expectations())
        .containsExactly(
            new Expectation(Aspect.SITE, null, "COMBINED"),
            new Expectation(Aspect.HSCT, Scheme.UK_R3, "INDICATED"),
            new Expectation(Aspect.GROUP, Scheme.UK_R3, null));
    assertThat(c.expectations().get(1).label()).isEqualTo("HSCT under UK ALL R3");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"facts\": {\"marrowBlasts\": 60}, \"expected\": {\"site\": \"COMBINED\"}|\"marrowBlasts\" is not a fact",
        FACTS + ", \"expected\": {\"site\": \"SOMEWHERE\"}|SOMEWHERE is not a value of SITE",
        FACTS + ", \"expected\": {\"UK\": {\"hsct\": \"INDICATED\"}}|\"UK\" is neither",
        FACTS
            + ", \"expected\": {\"COG\": {\"transplant\": \"INDICATED\"}}|\"transplant\" under COG",
        FACTS + ", \"expected\": {}|no expected outcome",
        "\"facts\": {\"marrowBlastPercent\": \"many\"}, \"expected\": {\"site\": \"COMBINED\"}|\"marrowBlastPercent\""
      })
  void aTypingErrorFailsTheLoadNamingTheCase(String bodyAndMessage) {
    String[] parts = bodyAndMessage.split("\\|");
    assertThatThrownBy(
            () ->
                parse(
                    "{\"id\": \"case-x\", \"title\": \"t\", \"source\": \"s\", " + parts[0] + "}"))
        .hasMessageStartingWith("case-x: ")
        .hasMessageContaining(parts[1]);
  }

  @Test
  void anIdListedTwiceFailsTheLoad() {
    String one =
        "{\"id\": \"case-x\", \"title\": \"t\", \"source\": \"s\", "
            + FACTS
            + ", \"expected\": {\"site\": \"COMBINED\"}}";
    assertThatThrownBy(() -> parse("[" + one + "," + one + "]").size())
        .hasMessageContaining("case-x is listed twice");
  }

  private static List<ReferenceCase> parse(String json) {
    String array = json.startsWith("[") ? json : "[" + json + "]";
    return ReferenceCases.parse(JsonMapper.builder().build().readTree(array));
  }
}
