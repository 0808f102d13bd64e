package org.relapsecds.api.cdshooks.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.hl7.fhir.r4.model.Quantity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** MRD results to the fraction the rules take, with comparators on the right side of 1e-4/1e-3. */
class MrdReadingTest {
  @ParameterizedTest(name = "{0}{1} {2} -> {3}")
  @CsvSource(
      nullValues = "null",
      value = {
        "'',   0.02,  %, 0.0002",
        "'',   0.0002, 1, 0.0002",
        "'',   0.01,  %, 0.0001",
        "<,    0.01,  %, below 1e-4",
        "<=,   0.009, %, 0.00009",
        "<,    0.1,   %, null",
        ">,    0.1,   %, above 1e-3",
        ">=,   0.1,   %, 0.001",
        ">,    0.05,  %, null",
        "'',   12,    mg, null",
        "'',   150,   %, null"
      })
  void reads(String comparator, String value, String unit, String expected) {
    Quantity q = new Quantity().setValue(new BigDecimal(value)).setCode(unit);
    if (!comparator.isBlank()) {
      q.setComparator(Quantity.QuantityComparator.fromCode(comparator));
    }
    MrdReading.Result r = MrdReading.read(q);
    switch (expected == null ? "null" : expected) {
      case "null" -> {
        assertThat(r.fraction()).isNull();
        assertThat(r.reason()).isNotBlank();
      }
      case "below 1e-4" -> assertThat(r.fraction()).isLessThan(1e-4).isGreaterThan(0.9999e-4);
      case "above 1e-3" -> assertThat(r.fraction()).isGreaterThan(1e-3).isLessThan(1.0001e-3);
      default ->
          assertThat(r.fraction())
              .isCloseTo(
                  Double.parseDouble(expected), org.assertj.core.api.Assertions.within(1e-12));
    }
  }
}
