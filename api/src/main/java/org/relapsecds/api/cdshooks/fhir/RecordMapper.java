package org.relapsecds.api.cdshooks.fhir;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Observation;
import org.relapsecds.api.evaluation.EvaluationRequest;
import org.relapsecds.rules.model.Immunophenotype;
import org.relapsecds.rules.model.Sex;

/**
 * Maps a patient's FHIR R4 record to the evaluation case, following docs/cds-hooks.md (mapping
 * table): the earliest ALL Condition is the diagnosis, the last run of "worsened" disease statuses
 * the relapse, and each relapse finding the result closest to the relapse date. A fact the record
 * does not settle (absent, conflicting, unknown unit) is left out and named as a {@link Gap};
 * nothing is guessed. Each clinical concern has its own reader: {@link DiagnosisMapper}, {@link
 * RelapseMapper} (with {@link RelapseSites}), {@link ResponseMapper} and {@link HistoryMapper}.
 */
public final class RecordMapper {
  /** Days around the relapse date within which a finding belongs to the relapse. */
  static final int RELAPSE_WINDOW_DAYS = 30;

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
    List<Observation> observations = record.observations().stream().filter(Values::usable).toList();
    Findings findings = new Findings(observations, codes, cx);
    DiagnosisMapper diagnosisMapper = new DiagnosisMapper(codes, findings, cx);
    LocalDate diagnosisDate = diagnosisMapper.date(allConditions);
    Immunophenotype lineage = diagnosisMapper.lineage(allConditions);

    List<Observation> statuses = findings.withCode(CodeList.DISEASE_STATUS);
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
              diagnosisDate, lineage, findings.cns(diagnosisDate, "diagnosis.cnsStatus"));
      therapy = historyMapper.frontline(record, episodes.first());
      relapse =
          new RelapseMapper(codes, findings, cx)
              .relapse(record, allConditions, statuses, relapseDate, episodes);
      response = new ResponseMapper(findings, cx).response(relapseDate, episodes);
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
