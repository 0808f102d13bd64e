package org.relapsecds.api.cdshooks.fhir;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Observation;
import org.relapsecds.api.evaluation.EvaluationRequest;
import org.relapsecds.rules.model.CnsStatus;
import org.relapsecds.rules.model.ExtramedullarySite;
import org.relapsecds.rules.model.GeneticLesion;
import org.relapsecds.rules.model.Immunophenotype;
import org.relapsecds.rules.model.MarkerStatus;
import org.relapsecds.rules.model.Sex;
import org.relapsecds.rules.model.TesticularInvolvement;

/**
 * Maps a patient's FHIR R4 record to the evaluation case, following docs/cds-hooks.md (mapping
 * table): the earliest ALL Condition is the diagnosis, the last run of "worsened" disease statuses
 * the relapse, and each relapse finding the result closest to the relapse date. A fact the record
 * does not settle (absent, conflicting, unknown unit) is left out and named as a {@link Gap};
 * nothing is guessed. Treatment history is read by {@link HistoryMapper}.
 */
public final class RecordMapper {
  /** Days around the relapse date within which a finding belongs to the relapse. */
  static final int RELAPSE_WINDOW_DAYS = 30;

  static final String ASSERTED_DATE =
      "http://hl7.org/fhir/StructureDefinition/condition-assertedDate";

  private final CodeLists codes;

  public RecordMapper(CodeLists codes) {
    this.codes = codes;
  }

  /** Reads the case; never throws for odd data. */
  public MappedCase map(PatientRecord record) {
    Context cx = new Context();
    List<Condition> allConditions =
        record.conditions().stream()
            .filter(RecordMapper::notRefuted)
            .filter(c -> codes.matches(CodeList.ALL_CONDITION, c.getCode()))
            .toList();
    if (allConditions.isEmpty()) {
      return new MappedCase(false, null, List.of(), 0);
    }
    EvaluationRequest.Patient patient = patient(record, cx);
    Optional<Condition> first =
        allConditions.stream()
            .filter(c -> diagnosisDate(c) != null)
            .min(Comparator.comparing(RecordMapper::diagnosisDate));
    LocalDate diagnosisDate = first.map(RecordMapper::diagnosisDate).orElse(null);
    if (diagnosisDate == null) {
      cx.gap("diagnosis.date", "no ALL Condition has an onset, asserted or recorded date");
    } else {
      cx.mapped++;
    }
    List<Observation> observations = record.observations().stream().filter(Values::usable).toList();
    Immunophenotype lineage = lineage(allConditions, observations, cx);

    List<Observation> statuses = withCode(observations, CodeList.DISEASE_STATUS);
    RelapseEpisodes episodes =
        diagnosisDate == null
            ? new RelapseEpisodes(List.of(), false, false)
            : RelapseEpisodes.read(statuses, record.conditions(), diagnosisDate, codes);
    EvaluationRequest.Relapse relapse = null;
    EvaluationRequest.Response response = null;
    EvaluationRequest.Diagnosis diagnosis;
    EvaluationRequest.FrontlineTherapy therapy = null;
    EvaluationRequest.History history;
    HistoryMapper historyMapper = new HistoryMapper(codes, cx);
    if (!episodes.any()) {
      cx.gap(
          "relapse.date", "no disease status 'worsened' or relapse Condition after the diagnosis");
      diagnosis = new EvaluationRequest.Diagnosis(diagnosisDate, lineage, null);
      history = historyMapper.history(record, null, 1);
    } else {
      cx.mapped++;
      LocalDate relapseDate = episodes.last();
      diagnosis =
          new EvaluationRequest.Diagnosis(
              diagnosisDate, lineage, cns(observations, diagnosisDate, "diagnosis.cnsStatus", cx));
      therapy = historyMapper.frontline(record, episodes.first());
      relapse = relapse(record, observations, allConditions, statuses, relapseDate, episodes, cx);
      response = response(observations, relapseDate, episodes, cx);
      history = historyMapper.history(record, relapseDate, episodes.starts().size());
    }
    EvaluationRequest request =
        new EvaluationRequest(null, patient, diagnosis, therapy, relapse, response, history);
    return new MappedCase(true, request, List.copyOf(cx.gaps), cx.mapped);
  }

  private EvaluationRequest.Patient patient(PatientRecord record, Context cx) {
    if (record.patient() == null) {
      cx.gap("patient.birthDate", "no Patient resource");
      return null;
    }
    LocalDate birth = FhirDates.of(record.patient().getBirthDateElement());
    if (birth == null) {
      cx.gap("patient.birthDate", "Patient.birthDate is absent or not a full date");
    } else {
      cx.mapped++;
    }
    AdministrativeGender gender = record.patient().getGender();
    Sex sex =
        gender == null
            ? null
            : switch (gender) {
              case MALE -> Sex.MALE;
              case FEMALE -> Sex.FEMALE;
              case OTHER -> Sex.OTHER;
              default -> Sex.UNKNOWN;
            };
    if (sex != null) {
      cx.mapped++;
    }
    return new EvaluationRequest.Patient(birth, sex);
  }

  private Immunophenotype lineage(
      List<Condition> conditions, List<Observation> observations, Context cx) {
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
    for (Observation o : withCode(observations, CodeList.IMMUNOPHENOTYPING)) {
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

  private CnsStatus cns(
      List<Observation> observations, LocalDate around, String field, Context cx) {
    Observation o = closest(withCode(observations, CodeList.CNS_STATUS), around);
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

  private EvaluationRequest.Relapse relapse(
      PatientRecord record,
      List<Observation> observations,
      List<Condition> allConditions,
      List<Observation> statuses,
      LocalDate relapseDate,
      RelapseEpisodes episodes,
      Context cx) {
    Double blasts = null;
    Observation marrow = closest(withCode(observations, CodeList.MARROW_BLASTS), relapseDate);
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
    // sites: bodySite of the relapse's disease statuses and of ALL Conditions around the relapse
    List<CodeableConcept> sites = new ArrayList<>();
    statuses.stream()
        .filter(
            o ->
                FhirDates.within(
                    FhirDates.start(o.getEffective()), relapseDate, RELAPSE_WINDOW_DAYS))
        .forEach(o -> sites.add(o.getBodySite()));
    record.conditions().stream()
        .filter(RecordMapper::notRefuted)
        .filter(
            c ->
                allConditions.contains(c) || codes.matches(CodeList.RELAPSE_CONDITION, c.getCode()))
        .filter(
            c -> FhirDates.within(FhirDates.start(c.getOnset()), relapseDate, RELAPSE_WINDOW_DAYS))
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
        TesticularInvolvement side = laterality(site);
        if (side != null) {
          testis = testis == TesticularInvolvement.BILATERAL ? testis : side;
          cx.mapped++;
        }
      }
    }
    MarkerStatus cd19 = marker(observations, CodeList.CD19, relapseDate, cx);
    MarkerStatus cd22 = marker(observations, CodeList.CD22, relapseDate, cx);
    Set<GeneticLesion> genetics = EnumSet.noneOf(GeneticLesion.class);
    for (Observation v : withCode(observations, CodeList.VARIANT)) {
      LocalDate date = FhirDates.start(v.getEffective());
      boolean absent =
          v.hasValueCodeableConcept()
              && codes.matches(CodeList.VARIANT_ABSENT, v.getValueCodeableConcept());
      if (!absent && (date == null || !date.isAfter(relapseDate.plusDays(RELAPSE_WINDOW_DAYS)))) {
        Set<GeneticLesion> found = Genetics.of(v);
        cx.mapped += found.size();
        genetics.addAll(found);
      }
    }
    return new EvaluationRequest.Relapse(
        relapseDate,
        episodes.starts().size(),
        blasts,
        List.copyOf(extramedullary),
        cns(observations, relapseDate, "relapse.cnsStatus", cx),
        testis,
        null,
        null,
        cd19,
        cd22,
        List.copyOf(genetics));
  }

  private EvaluationRequest.Response response(
      List<Observation> observations, LocalDate relapseDate, RelapseEpisodes episodes, Context cx) {
    Boolean remission = episodes.remissionAfterLast() ? Boolean.TRUE : null;
    if (remission != null) {
      cx.mapped++;
    }
    Double mrd = null;
    Optional<Observation> first =
        withCode(observations, CodeList.MRD).stream()
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

  private MarkerStatus marker(
      List<Observation> observations, CodeList list, LocalDate relapseDate, Context cx) {
    Observation o = closest(withCode(observations, list), relapseDate);
    MarkerStatus status = o == null ? null : Values.marker(o, codes);
    if (status != null) {
      cx.mapped++;
    }
    return status;
  }

  private TesticularInvolvement laterality(CodeableConcept site) {
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

  private List<Observation> withCode(List<Observation> observations, CodeList list) {
    Predicate<Observation> matches = o -> codes.matches(list, o.getCode());
    return observations.stream().filter(matches).toList();
  }

  private static Observation closest(List<Observation> observations, LocalDate around) {
    return observations.stream()
        .filter(
            o -> FhirDates.within(FhirDates.start(o.getEffective()), around, RELAPSE_WINDOW_DAYS))
        .min(
            Comparator.comparingLong(
                o -> FhirDates.distance(FhirDates.start(o.getEffective()), around)))
        .orElse(null);
  }

  static LocalDate diagnosisDate(Condition c) {
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

  static boolean notRefuted(Condition c) {
    return c.getVerificationStatus().getCoding().stream()
        .noneMatch(k -> "refuted".equals(k.getCode()) || "entered-in-error".equals(k.getCode()));
  }

  /** What the mapping found missing and how many elements it used. */
  static final class Context {
    final List<Gap> gaps = new ArrayList<>();
    int mapped;

    void gap(String field, String reason) {
      gaps.add(new Gap(field, reason));
    }
  }
}
