package org.relapsecds.api.cdshooks.fhir;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import org.hl7.fhir.r4.model.Observation;
import org.relapsecds.api.evaluation.EvaluationRequest;

/**
 * The response to relapse treatment: a remission recorded after the last relapse, and the first
 * marrow MRD result after the relapse date (read by {@link MrdReading}).
 */
record ResponseMapper(Findings findings, RecordMapper.Context cx) {

  EvaluationRequest.Response response(LocalDate relapseDate, RelapseEpisodes episodes) {
    Boolean remission = episodes.remissionAfterLast() ? Boolean.TRUE : null;
    if (remission != null) {
      cx.mapped++;
    }
    Double mrd = null;
    Optional<Observation> first =
        findings.withCode(CodeList.MRD).stream()
            .filter(o -> o.hasValueQuantity())
            .filter(
                o ->
                    Optional.ofNullable(FhirDates.start(o.getEffective()))
                        .filter(d -> d.isAfter(relapseDate))
                        .isPresent())
            .min(Comparator.comparing(o -> FhirDates.start(o.getEffective())));
    if (first.isEmpty()) {
      cx.gap("response.mrd", "no marrow MRD result after the relapse date");
    } else {
      MrdReading.Result r = MrdReading.read(first.get().getValueQuantity());
      if (r.fraction() == null) {
        cx.gap("response.mrd", r.reason());
      } else {
        mrd = r.fraction();
        cx.mapped++;
      }
    }
    return new EvaluationRequest.Response(remission, mrd);
  }
}
