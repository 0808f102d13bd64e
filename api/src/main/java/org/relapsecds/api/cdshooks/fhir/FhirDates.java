package org.relapsecds.api.cdshooks.fhir;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Type;

/** Calendar dates of FHIR date and dateTime values; a value less precise than a day has none. */
final class FhirDates {
  private FhirDates() {}

  static LocalDate of(BaseDateTimeType value) {
    if (value == null || !value.hasValue()) {
      return null;
    }
    String text = value.getValueAsString();
    if (text == null || text.length() < 10) {
      return null; // year or year-month only: not a date the rules can use
    }
    try {
      return LocalDate.parse(text.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** A dateTime, or a Period's end (else its start). */
  static LocalDate of(Type value) {
    if (value instanceof BaseDateTimeType dt) {
      return of(dt);
    }
    if (value instanceof Period period) {
      LocalDate end = of(period.getEndElement());
      return end != null ? end : of(period.getStartElement());
    }
    return null;
  }

  /** A dateTime, or a Period's start. */
  static LocalDate start(Type value) {
    if (value instanceof Period period) {
      return of(period.getStartElement());
    }
    return of(value);
  }

  static boolean within(LocalDate date, LocalDate around, int days) {
    return date != null
        && !date.isBefore(around.minusDays(days))
        && !date.isAfter(around.plusDays(days));
  }

  static long distance(LocalDate a, LocalDate b) {
    return Math.abs(a.toEpochDay() - b.toEpochDay());
  }
}
