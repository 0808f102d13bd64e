package org.relapsecds.api.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The instance of a problem is a valid, short URI reference whatever path the client sent. */
class ProblemInstanceTest {

  @Test
  void anyPathGivesAValidShortInstance() {
    qt().withExamples(5_000)
        .forAll(strings().allPossible().ofLengthBetween(0, 400))
        .check(
            path -> {
              URI instance = Problems.instance(path);
              String text = instance.toString();
              return text.length() <= 258
                  && text.chars().allMatch(c -> c > 0x20 && c < 0x7f)
                  && URI.create(text).equals(instance);
            });
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "/api/v1/evaluations, /api/v1/evaluations",
    "/api/%ZZ, /api/%25ZZ",
    "/api/%2F, /api/%2F",
    "'/a b', /a%20b",
    "/ü, /%C3%BC",
    "'', /"
  })
  void pathsAreKeptOrEncoded(String path, String instance) {
    assertThat(Problems.instance(path)).hasToString(instance);
  }

  @Test
  void aProblemWithoutTypeGetsTheGenericTypeOfItsStatus() {
    assertThat(
            Problems.complete(org.springframework.http.ProblemDetail.forStatus(404), "/api/v1/x")
                .getType())
        .hasToString("urn:relapse-cds:problem:not-found");
  }
}
