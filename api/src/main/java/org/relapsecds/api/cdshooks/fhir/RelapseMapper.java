package org.relapsecds.api.cdshooks.fhir;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Observation;
import org.relapsecds.api.evaluation.EvaluationRequest;
import org.relapsecds.rules.model.GeneticLesion;
import org.relapsecds.rules.model.MarkerStatus;

/**
 * The relapse findings: marrow blasts, sites ({@link RelapseSites}), CNS status, CD19/CD22 and the
 * genetic lesions known by the relapse (variants up to the end of the relapse window).
 */
record RelapseMapper(CodeLists codes, Findings findings, RecordMapper.Context cx) {

  EvaluationRequest.Relapse relapse(
      PatientRecord record,
      List<Condition> allConditions,
      List<Observation> statuses,
      LocalDate relapseDate,
      RelapseEpisodes episodes) {
    Double blasts = marrowBlasts(relapseDate);
    RelapseSites sites = RelapseSites.read(record, allConditions, statuses, relapseDate, codes, cx);
    MarkerStatus cd19 = findings.marker(CodeList.CD19, relapseDate);
    MarkerStatus cd22 = findings.marker(CodeList.CD22, relapseDate);
    Set<GeneticLesion> genetics = genetics(relapseDate);
    return new EvaluationRequest.Relapse(
        relapseDate,
        episodes.starts().size(),
        blasts,
        List.copyOf(sites.extramedullary()),
        findings.cns(relapseDate, "relapse.cnsStatus"),
        sites.testis(),
        null,
        null,
        cd19,
        cd22,
        List.copyOf(genetics));
  }

  private Double marrowBlasts(LocalDate relapseDate) {
    Double blasts = null;
    Observation marrow = findings.closest(CodeList.MARROW_BLASTS, relapseDate);
    if (marrow == null) {
      cx.gap("relapse.marrowBlastPercent", "no marrow blast result within 30 days of the relapse");
    } else if (!marrow.hasValueQuantity()
        || marrow.getValueQuantity().hasComparator()
        || (blasts = Values.percent(marrow.getValueQuantity())) == null) {
      cx.gap(
          "relapse.marrowBlastPercent", "the marrow blast result is not a plain value in % or 1");
    } else {
      cx.mapped++;
    }
    return blasts;
  }

  private Set<GeneticLesion> genetics(LocalDate relapseDate) {
    Set<GeneticLesion> genetics = EnumSet.noneOf(GeneticLesion.class);
    LocalDate windowEnd = relapseDate.plusDays(RecordMapper.RELAPSE_WINDOW_DAYS);
    for (Observation v : findings.withCode(CodeList.VARIANT)) {
      LocalDate date = FhirDates.start(v.getEffective());
      boolean absent =
          v.hasValueCodeableConcept()
              && codes.matches(CodeList.VARIANT_ABSENT, v.getValueCodeableConcept());
      if (!absent && (date == null || !date.isAfter(windowEnd))) {
        Set<GeneticLesion> found = Genetics.of(v);
        cx.mapped += found.size();
        genetics.addAll(found);
      }
    }
    return genetics;
  }
}
