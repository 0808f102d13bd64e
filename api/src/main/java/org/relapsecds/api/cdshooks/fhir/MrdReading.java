package org.relapsecds.api.cdshooks.fhir;

import java.util.List;
import org.hl7.fhir.r4.model.Quantity;

/**
 * Marrow MRD as the fraction the rules take ({@code %} divided by 100, {@code 1} as is), with the
 * result's comparator honoured: a value at a threshold counts as at or above it, so a bound is
 * never passed as the value. A bounded result is used only when it falls on one side of every MRD
 * threshold of the knowledge base (1e-4 and 1e-3); it is then passed as the nearest value on its
 * side of the bound ("<0.01 %" becomes the largest number below 1e-4). Otherwise it is left out,
 * with the reason.
 */
final class MrdReading {
  /** The MRD thresholds the rules compare with (transplant.drl, uk-r3.drl, cog.drl). */
  static final List<Double> THRESHOLDS = List.of(1e-4, 1e-3);

  /**
   * The result.
   *
   * @param fraction the value for {@code response.mrd}, or null
   * @param reason why there is none
   */
  record Result(Double fraction, String reason) {}

  private MrdReading() {}

  static Result read(Quantity q) {
    if (q == null || !q.hasValue()) {
      return new Result(null, "the MRD result has no numeric value");
    }
    String unit = q.hasCode() ? q.getCode() : q.getUnit();
    double value = q.getValue().doubleValue();
    double fraction;
    if ("%".equals(unit)) {
      fraction = value / 100;
    } else if ("1".equals(unit)) {
      fraction = value;
    } else {
      return new Result(null, "the MRD unit '" + unit + "' is neither % nor 1");
    }
    if (fraction < 0 || fraction > 1) {
      return new Result(null, "the MRD value " + value + " " + unit + " is out of range");
    }
    String comparator = q.hasComparator() ? q.getComparator().toCode() : "";
    String bound = comparator + value + " " + unit;
    return switch (comparator) {
      case "" -> new Result(fraction, null);
      case "<" ->
          THRESHOLDS.stream().allMatch(t -> t >= fraction)
              ? new Result(Math.nextDown(fraction), null)
              : indeterminate(bound);
      case "<=" ->
          THRESHOLDS.stream().allMatch(t -> t > fraction)
              ? new Result(fraction, null)
              : indeterminate(bound);
      case ">" ->
          THRESHOLDS.stream().allMatch(t -> t <= fraction) && fraction < 1
              ? new Result(Math.nextUp(fraction), null)
              : indeterminate(bound);
      case ">=" ->
          THRESHOLDS.stream().allMatch(t -> t <= fraction)
              ? new Result(fraction, null)
              : indeterminate(bound);
      default -> indeterminate(bound);
    };
  }

  private static Result indeterminate(String bound) {
    return new Result(
        null,
        "the MRD result '"
            + bound
            + "' does not say on which side of the MRD thresholds (1e-4, 1e-3) it lies");
  }
}
