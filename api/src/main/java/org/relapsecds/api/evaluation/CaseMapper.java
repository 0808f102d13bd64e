package org.relapsecds.api.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.relapsecds.api.problem.InvalidField;
import org.relapsecds.api.problem.InvalidRequestException;
import org.relapsecds.rules.model.FieldViolation;
import org.relapsecds.rules.model.InvalidCaseException;
import org.relapsecds.rules.model.RelapseCase;
import org.springframework.stereotype.Component;

/**
 * Maps a wire case to the rules' {@link RelapseCase}, collecting every offending field: the
 * invariants the model checks (required facts, ranges, order of dates) and what only the service
 * can check (dates in the future, by its clock; missing objects; empty list entries).
 */
@Component
public class CaseMapper {
  private final Clock clock;

  public CaseMapper(Clock clock) {
    this.clock = clock;
  }

  /**
   * Builds the case.
   *
   * @throws InvalidRequestException naming every offending field, one message per field
   */
  public RelapseCase toCase(EvaluationRequest request) {
    List<InvalidField> errors = new ArrayList<>();
    RelapseCase.Builder builder = RelapseCase.builder().caseId(request.caseId());
    LocalDate today = LocalDate.now(clock);

    EvaluationRequest.Patient patient = request.patient();
    if (patient != null) {
      builder.birthDate(notFuture(patient.birthDate(), "patient.birthDate", today, errors));
      builder.sex(patient.sex());
    }
    EvaluationRequest.Diagnosis diagnosis = request.diagnosis();
    if (diagnosis != null) {
      builder.diagnosisDate(notFuture(diagnosis.date(), "diagnosis.date", today, errors));
      builder.diagnosisImmunophenotype(diagnosis.immunophenotype());
      builder.diagnosisCnsStatus(diagnosis.cnsStatus());
    }
    EvaluationRequest.FrontlineTherapy therapy = request.frontlineTherapy();
    if (therapy != null) {
      builder.endOfTherapyDate(
          notFuture(therapy.endDate(), "frontlineTherapy.endDate", today, errors));
    }
    EvaluationRequest.Relapse relapse = request.relapse();
    if (relapse != null) {
      builder.relapseDate(notFuture(relapse.date(), "relapse.date", today, errors));
      if (relapse.number() != null) {
        builder.relapseNumber(relapse.number());
      }
      if (relapse.marrowBlastPercent() != null) {
        builder.marrowBlastPercent(relapse.marrowBlastPercent());
      }
      builder.extramedullarySites(
          present(relapse.extramedullarySites(), "relapse.extramedullarySites", errors));
      builder.relapseCnsStatus(relapse.cnsStatus());
      builder.testicularInvolvement(relapse.testicularInvolvement());
      builder.confirmedByOtherMethod(Boolean.TRUE.equals(relapse.confirmedByOtherMethod()));
      builder.relapseImmunophenotype(relapse.immunophenotype());
      builder.cd19(relapse.cd19());
      builder.cd22(relapse.cd22());
      builder.genetics(present(relapse.genetics(), "relapse.genetics", errors));
    }
    EvaluationRequest.Response response = request.response();
    if (response != null) {
      builder.secondRemission(response.secondRemission());
      builder.mrd(response.mrd());
    }
    EvaluationRequest.History history = request.history();
    if (history != null) {
      if (history.priorRegimens() != null) {
        builder.priorRegimens(history.priorRegimens());
      }
      builder.priorHsct(Boolean.TRUE.equals(history.priorHsct()));
      builder.asparaginaseHypersensitivity(
          Boolean.TRUE.equals(history.asparaginaseHypersensitivity()));
      builder.priorCranialIrradiation(Boolean.TRUE.equals(history.priorCranialIrradiation()));
    }
    try {
      RelapseCase relapseCase = builder.build();
      if (errors.isEmpty()) {
        return relapseCase;
      }
    } catch (InvalidCaseException e) {
      for (FieldViolation v : e.violations()) {
        errors.add(new InvalidField(v.field(), v.message()));
      }
    }
    throw new InvalidRequestException(errors);
  }

  /** Keeps the first message per field: a field that could not be read is not "missing" too. */
  public static List<InvalidField> onePerField(List<InvalidField> errors) {
    Map<String, InvalidField> byField = new LinkedHashMap<>();
    for (InvalidField error : errors) {
      byField.putIfAbsent(error.field(), error);
    }
    return List.copyOf(byField.values());
  }

  private static LocalDate notFuture(
      LocalDate date, String field, LocalDate today, List<InvalidField> errors) {
    if (date != null && date.isAfter(today)) {
      errors.add(new InvalidField(field, "the date " + date + " is in the future"));
    }
    return date;
  }

  private static <T> List<T> present(List<T> values, String field, List<InvalidField> errors) {
    if (values == null) {
      return null;
    }
    List<T> kept = new ArrayList<>(values.size());
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i) == null) {
        errors.add(new InvalidField(field + "[" + i + "]", "must not be empty"));
      } else {
        kept.add(values.get(i));
      }
    }
    return kept;
  }
}
