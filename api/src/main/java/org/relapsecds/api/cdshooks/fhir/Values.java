package org.relapsecds.api.cdshooks.fhir;

import java.util.Locale;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.relapsecds.rules.model.MarkerStatus;

/** Reading Observation values: usable statuses, units, comparators, positive/negative. */
final class Values {
  private Values() {}

  /** Only final, amended or corrected results count. */
  static boolean usable(Observation o) {
    return switch (o.getStatus() == null ? "" : o.getStatus().toCode()) {
      case "final", "amended", "corrected" -> true;
      default -> false;
    };
  }

  /**
   * A quantity in percent: {@code %} as is, {@code 1} (a fraction) times 100; null for any other
   * unit.
   */
  static Double percent(Quantity q) {
    if (q == null || !q.hasValue()) {
      return null;
    }
    String unit = q.hasCode() ? q.getCode() : q.getUnit();
    double value = q.getValue().doubleValue();
    if ("%".equals(unit)) {
      return value;
    }
    if ("1".equals(unit)) {
      return value * 100;
    }
    return null;
  }

  /** Positive, negative, or null when the result says neither. */
  static MarkerStatus marker(Observation o, CodeLists codes) {
    CodeableConcept value = o.hasValueCodeableConcept() ? o.getValueCodeableConcept() : null;
    boolean positive = codes.matches(CodeList.POSITIVE, value);
    boolean negative = codes.matches(CodeList.NEGATIVE, value);
    for (CodeableConcept interpretation : o.getInterpretation()) {
      positive |= codes.matches(CodeList.POSITIVE, interpretation);
      negative |= codes.matches(CodeList.NEGATIVE, interpretation);
    }
    if (positive == negative) {
      return null; // neither, or contradictory
    }
    return positive ? MarkerStatus.POSITIVE : MarkerStatus.NEGATIVE;
  }

  /** The concept's text, its codings' displays and codes, lower case, for name matching. */
  static String text(CodeableConcept concept) {
    if (concept == null) {
      return "";
    }
    StringBuilder text = new StringBuilder(concept.hasText() ? concept.getText() : "");
    for (Coding c : concept.getCoding()) {
      text.append(' ').append(c.hasDisplay() ? c.getDisplay() : "");
    }
    return text.toString().toLowerCase(Locale.ROOT);
  }
}
