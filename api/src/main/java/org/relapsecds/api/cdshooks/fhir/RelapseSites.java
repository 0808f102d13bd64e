package org.relapsecds.api.cdshooks.fhir;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Observation;
import org.relapsecds.rules.model.ExtramedullarySite;
import org.relapsecds.rules.model.TesticularInvolvement;

/**
 * Where the relapse is: the body sites of the relapse's disease statuses and of the ALL or relapse
 * Conditions around the relapse date, read as CNS and testicular involvement (with laterality).
 *
 * @param extramedullary the extramedullary sites named
 * @param testis unilateral or bilateral testicular involvement; null if no side is named
 */
record RelapseSites(Set<ExtramedullarySite> extramedullary, TesticularInvolvement testis) {

  static RelapseSites read(
      PatientRecord record,
      List<Condition> allConditions,
      List<Observation> statuses,
      LocalDate relapseDate,
      CodeLists codes,
      RecordMapper.Context cx) {
    int window = RecordMapper.RELAPSE_WINDOW_DAYS;
    List<CodeableConcept> sites = new ArrayList<>();
    statuses.stream()
        .filter(o -> FhirDates.within(FhirDates.start(o.getEffective()), relapseDate, window))
        .forEach(o -> sites.add(o.getBodySite()));
    record.conditions().stream()
        .filter(RecordMapper::notRefuted)
        .filter(
            c ->
                allConditions.contains(c) || codes.matches(CodeList.RELAPSE_CONDITION, c.getCode()))
        .filter(c -> FhirDates.within(FhirDates.start(c.getOnset()), relapseDate, window))
        .forEach(c -> sites.addAll(c.getBodySite()));
    Set<ExtramedullarySite> extramedullary = EnumSet.noneOf(ExtramedullarySite.class);
    TesticularInvolvement testis = null;
    for (CodeableConcept site : sites) {
      if (codes.matches(CodeList.BRAIN, site)) {
        extramedullary.add(ExtramedullarySite.CNS);
        cx.mapped++;
      }
      if (codes.matches(CodeList.TESTIS, site)) {
        extramedullary.add(ExtramedullarySite.TESTIS);
        cx.mapped++;
        TesticularInvolvement side = laterality(site, codes);
        if (side != null) {
          testis = testis == TesticularInvolvement.BILATERAL ? testis : side;
          cx.mapped++;
        }
      }
    }
    return new RelapseSites(extramedullary, testis);
  }

  private static TesticularInvolvement laterality(CodeableConcept site, CodeLists codes) {
    for (Extension e : site.getExtension()) {
      if (e.getUrl() != null
          && e.getUrl().contains("laterality")
          && e.getValue() instanceof CodeableConcept side) {
        if (codes.matches(CodeList.BILATERAL, side)) {
          return TesticularInvolvement.BILATERAL;
        }
        if (codes.matches(CodeList.LEFT, side) || codes.matches(CodeList.RIGHT, side)) {
          return TesticularInvolvement.UNILATERAL;
        }
      }
    }
    return null;
  }
}
