package org.relapsecds.api.cdshooks.fhir;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Observation;
import org.relapsecds.rules.model.Immunophenotype;

/**
 * The initial diagnosis from the ALL Conditions: its date (the earliest onset, asserted or recorded
 * date) and its lineage (from Condition codes, histology and immunophenotyping results).
 */
record DiagnosisMapper(CodeLists codes, Findings findings, RecordMapper.Context cx) {
  static final String ASSERTED_DATE =
      "http://hl7.org/fhir/StructureDefinition/condition-assertedDate";

  /** The date of the earliest ALL Condition that has one; null (and a gap) if none has. */
  LocalDate date(List<Condition> allConditions) {
    LocalDate date =
        allConditions.stream()
            .filter(c -> dateOf(c) != null)
            .min(Comparator.comparing(DiagnosisMapper::dateOf))
            .map(DiagnosisMapper::dateOf)
            .orElse(null);
    if (date == null) {
      cx.gap("diagnosis.date", "no ALL Condition has an onset, asserted or recorded date");
    } else {
      cx.mapped++;
    }
    return date;
  }

  Immunophenotype lineage(List<Condition> conditions) {
    List<CodeableConcept> concepts = new ArrayList<>();
    for (Condition c : conditions) {
      concepts.add(c.getCode());
      for (Extension e : c.getExtension()) {
        if (e.getUrl() != null
            && e.getUrl().contains("histology")
            && e.getValue() instanceof CodeableConcept h) {
          concepts.add(h);
        }
      }
    }
    for (Observation o : findings.withCode(CodeList.IMMUNOPHENOTYPING)) {
      if (o.hasValueCodeableConcept()) {
        concepts.add(o.getValueCodeableConcept());
      }
    }
    boolean b = concepts.stream().anyMatch(k -> codes.matches(CodeList.B_LINEAGE, k));
    boolean t = concepts.stream().anyMatch(k -> codes.matches(CodeList.T_LINEAGE, k));
    if (b && t) {
      cx.gap("diagnosis.immunophenotype", "the record names both B-precursor and T-lineage ALL");
      return null;
    }
    if (!b && !t) {
      cx.gap(
          "diagnosis.immunophenotype",
          "no Condition code, histology or immunophenotyping result in the B- or T-lineage code lists");
      return null;
    }
    cx.mapped++;
    return b ? Immunophenotype.B_PRECURSOR : Immunophenotype.T_LINEAGE;
  }

  static LocalDate dateOf(Condition c) {
    LocalDate onset = FhirDates.start(c.getOnset());
    if (onset != null) {
      return onset;
    }
    Extension asserted = c.getExtensionByUrl(ASSERTED_DATE);
    if (asserted != null && FhirDates.of(asserted.getValue()) != null) {
      return FhirDates.of(asserted.getValue());
    }
    return FhirDates.of(c.getRecordedDateElement());
  }
}
