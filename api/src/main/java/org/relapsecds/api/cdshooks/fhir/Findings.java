package org.relapsecds.api.cdshooks.fhir;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Observation;
import org.relapsecds.rules.model.CnsStatus;
import org.relapsecds.rules.model.MarkerStatus;

/**
 * The record's usable results, found by code list and by nearness to a date; also the CNS status
 * and the surface markers, which are read the same way at diagnosis and at relapse.
 */
final class Findings {
  private final List<Observation> observations;
  private final CodeLists codes;
  private final RecordMapper.Context cx;

  Findings(List<Observation> observations, CodeLists codes, RecordMapper.Context cx) {
    this.observations = observations;
    this.codes = codes;
    this.cx = cx;
  }

  List<Observation> withCode(CodeList list) {
    return observations.stream().filter(o -> codes.matches(list, o.getCode())).toList();
  }

  /** The result of the list closest to the date, within the relapse window; null if none. */
  Observation closest(CodeList list, LocalDate around) {
    return withCode(list).stream()
        .filter(
            o ->
                FhirDates.within(
                    FhirDates.start(o.getEffective()), around, RecordMapper.RELAPSE_WINDOW_DAYS))
        .min(
            Comparator.comparingLong(
                o -> FhirDates.distance(FhirDates.start(o.getEffective()), around)))
        .orElse(null);
  }

  CnsStatus cns(LocalDate around, String field) {
    Observation o = closest(CodeList.CNS_STATUS, around);
    if (o == null || !o.hasValueCodeableConcept()) {
      return null;
    }
    CodeableConcept v = o.getValueCodeableConcept();
    CnsStatus status =
        codes.matches(CodeList.CNS3, v)
            ? CnsStatus.CNS3
            : codes.matches(CodeList.CNS2, v)
                ? CnsStatus.CNS2
                : codes.matches(CodeList.CNS1, v) ? CnsStatus.CNS1 : null;
    if (status == null) {
      cx.gap(field, "the CNS status result has a value outside the CNS1/CNS2/CNS3 code lists");
    } else {
      cx.mapped++;
    }
    return status;
  }

  MarkerStatus marker(CodeList list, LocalDate relapseDate) {
    Observation o = closest(list, relapseDate);
    MarkerStatus status = o == null ? null : Values.marker(o, codes);
    if (status != null) {
      cx.mapped++;
    }
    return status;
  }
}
