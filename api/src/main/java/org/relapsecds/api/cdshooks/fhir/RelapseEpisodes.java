package org.relapsecds.api.cdshooks.fhir;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Observation;

/**
 * Relapses read from disease-status Observations (mCODE CancerDiseaseStatus), else from relapse
 * Conditions: each run of "worsened" statuses not broken by a remission is one relapse, so the
 * number of runs is {@code relapse.number} and the start of the last run is {@code relapse.date}.
 *
 * @param starts the first date of each relapse, in order
 * @param remissionAfterLast a remission recorded after the last relapse began
 * @param fromConditions true when the dates come from Conditions only
 */
record RelapseEpisodes(List<LocalDate> starts, boolean remissionAfterLast, boolean fromConditions) {

  private record Event(LocalDate date, boolean worsened) {}

  static RelapseEpisodes read(
      List<Observation> statuses,
      List<Condition> conditions,
      LocalDate diagnosis,
      CodeLists codes) {
    List<Event> events = new ArrayList<>();
    for (Observation o : statuses) {
      LocalDate date = FhirDates.start(o.getEffective());
      if (date == null || !date.isAfter(diagnosis) || !o.hasValueCodeableConcept()) {
        continue;
      }
      if (codes.matches(CodeList.WORSENED, o.getValueCodeableConcept())) {
        events.add(new Event(date, true));
      } else if (codes.matches(CodeList.REMISSION, o.getValueCodeableConcept())) {
        events.add(new Event(date, false));
      }
    }
    boolean fromConditions = false;
    if (events.stream().noneMatch(Event::worsened)) {
      events.clear();
      fromConditions = true;
      for (Condition c : conditions) {
        LocalDate onset = FhirDates.start(c.getOnset());
        if (onset == null || !onset.isAfter(diagnosis)) {
          continue; // the diagnosis Condition itself may carry "in relapse" codes
        }
        if (codes.matches(CodeList.RELAPSE_CONDITION, c.getCode()) || relapseStatus(c)) {
          events.add(new Event(onset, true));
        } else if (codes.matches(CodeList.REMISSION_CONDITION, c.getCode())) {
          events.add(new Event(onset, false));
        }
      }
    }
    events.sort(Comparator.comparing(Event::date).thenComparing(Event::worsened));
    List<LocalDate> starts = new ArrayList<>();
    boolean inRelapse = false;
    boolean remissionAfterLast = false;
    for (Event e : events) {
      if (e.worsened() && !inRelapse) {
        starts.add(e.date());
        inRelapse = true;
        remissionAfterLast = false;
      } else if (!e.worsened()) {
        inRelapse = false;
        remissionAfterLast = !starts.isEmpty();
      }
    }
    return new RelapseEpisodes(List.copyOf(starts), remissionAfterLast, fromConditions);
  }

  private static boolean relapseStatus(Condition c) {
    return c.getClinicalStatus().getCoding().stream()
        .anyMatch(k -> "relapse".equals(k.getCode()) || "recurrence".equals(k.getCode()));
  }

  boolean any() {
    return !starts.isEmpty();
  }

  LocalDate first() {
    return starts.get(0);
  }

  LocalDate last() {
    return starts.get(starts.size() - 1);
  }
}
