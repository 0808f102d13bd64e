package org.relapsecds.api.cdshooks.fhir;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.MedicationAdministration;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Procedure;
import org.relapsecds.api.evaluation.EvaluationRequest;

/**
 * Treatment history from the record: the end of frontline therapy (the last frontline agent given
 * before the first relapse), an allogeneic HSCT or cranial irradiation before the relapse, and a
 * confirmed asparaginase allergy.
 */
final class HistoryMapper {
  /** Words that name an asparaginase product (PEG-, calaspargase, Erwinia crisantaspase). */
  static final List<String> ASPARAGINASE_NAMES =
      List.of("asparaginase", "aspargase", "crisantaspase");

  private final CodeLists codes;
  private final RecordMapper.Context cx;

  HistoryMapper(CodeLists codes, RecordMapper.Context cx) {
    this.codes = codes;
    this.cx = cx;
  }

  EvaluationRequest.FrontlineTherapy frontline(PatientRecord record, LocalDate firstRelapse) {
    List<LocalDate> given = new ArrayList<>();
    for (MedicationAdministration m : record.medicationAdministrations()) {
      String status = m.hasStatus() ? m.getStatus().toCode() : "";
      if (!List.of("entered-in-error", "not-done").contains(status)
          && frontlineAgent(
              m.hasMedicationCodeableConcept() ? m.getMedicationCodeableConcept() : null)) {
        given.add(FhirDates.of(m.getEffective()));
      }
    }
    for (MedicationStatement m : record.medicationStatements()) {
      String status = m.hasStatus() ? m.getStatus().toCode() : "";
      if (!List.of("entered-in-error", "not-taken").contains(status)
          && frontlineAgent(
              m.hasMedicationCodeableConcept() ? m.getMedicationCodeableConcept() : null)) {
        given.add(FhirDates.of(m.getEffective()));
      }
    }
    for (MedicationRequest m : record.medicationRequests()) {
      String status = m.hasStatus() ? m.getStatus().toCode() : "";
      if (!List.of("entered-in-error", "cancelled", "draft").contains(status)
          && frontlineAgent(
              m.hasMedicationCodeableConcept() ? m.getMedicationCodeableConcept() : null)) {
        LocalDate end =
            m.getDosageInstruction().stream()
                .filter(d -> d.getTiming().getRepeat().hasBoundsPeriod())
                .map(d -> FhirDates.of(d.getTiming().getRepeat().getBoundsPeriod()))
                .filter(Objects::nonNull)
                .max(LocalDate::compareTo)
                .orElse(FhirDates.of(m.getAuthoredOnElement()));
        given.add(end);
      }
    }
    LocalDate last =
        given.stream()
            .filter(Objects::nonNull)
            .filter(d -> d.isBefore(firstRelapse))
            .max(LocalDate::compareTo)
            .orElse(null);
    if (last == null) {
      cx.gap(
          "frontlineTherapy.endDate",
          "no frontline agent (frontline-agent code list) given before the relapse");
      return null;
    }
    cx.mapped++;
    return new EvaluationRequest.FrontlineTherapy(last);
  }

  EvaluationRequest.History history(PatientRecord record, LocalDate relapseDate, int relapses) {
    boolean hsct = false;
    boolean cranial = false;
    for (Procedure p : record.procedures()) {
      if (p.getStatus() != Procedure.ProcedureStatus.COMPLETED) {
        continue;
      }
      LocalDate date = FhirDates.start(p.getPerformed());
      boolean before = date != null && (relapseDate == null || date.isBefore(relapseDate));
      if (before && codes.matches(CodeList.ALLOGENEIC_HSCT, p.getCode())) {
        hsct = true;
      }
      if (before
          && codes.matches(CodeList.RADIOTHERAPY_COURSE, p.getCode())
          && p.getBodySite().stream().anyMatch(s -> codes.matches(CodeList.BRAIN, s))) {
        cranial = true;
      }
    }
    for (Condition c : record.conditions()) {
      LocalDate date = FhirDates.start(c.getOnset());
      if (date == null) {
        date = FhirDates.of(c.getRecordedDateElement());
      }
      if (RecordMapper.notRefuted(c)
          && codes.matches(CodeList.ALLOGENEIC_HSCT, c.getCode())
          && date != null
          && (relapseDate == null || date.isBefore(relapseDate))) {
        hsct = true;
      }
    }
    boolean asparaginase = false;
    for (AllergyIntolerance a : record.allergies()) {
      boolean confirmed =
          a.getVerificationStatus().getCoding().stream()
              .anyMatch(k -> "confirmed".equals(k.getCode()));
      if (confirmed && asparaginase(a.getCode())) {
        asparaginase = true;
      }
    }
    cx.mapped += (hsct ? 1 : 0) + (cranial ? 1 : 0) + (asparaginase ? 1 : 0);
    // frontline plus one regimen per earlier relapse: a lower bound, the record has no regimen
    // count
    Integer regimens = relapses >= 2 ? relapses : null;
    return new EvaluationRequest.History(regimens, hsct, asparaginase, cranial);
  }

  private boolean frontlineAgent(CodeableConcept medication) {
    return codes.matches(CodeList.FRONTLINE_AGENT, medication);
  }

  private boolean asparaginase(CodeableConcept substance) {
    if (codes.matches(CodeList.ASPARAGINASE_ALLERGY, substance)) {
      return true;
    }
    String text = Values.text(substance);
    return ASPARAGINASE_NAMES.stream().anyMatch(text::contains);
  }
}
