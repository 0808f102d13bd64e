package org.relapsecds.api.evaluation;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.time.LocalDate;
import java.util.List;
import org.relapsecds.rules.model.CnsStatus;
import org.relapsecds.rules.model.ExtramedullarySite;
import org.relapsecds.rules.model.GeneticLesion;
import org.relapsecds.rules.model.Immunophenotype;
import org.relapsecds.rules.model.MarkerStatus;
import org.relapsecds.rules.model.Sex;
import org.relapsecds.rules.model.TesticularInvolvement;

/**
 * Wire form of one case ({@code POST /api/v1/evaluations}), field for field as the API contract
 * names it. Every field is nullable here so that missing facts are reported together, by {@link
 * CaseMapper}, instead of one by one.
 *
 * @param caseId the caller's pseudonymous id, echoed back
 * @param patient the patient
 * @param diagnosis the initial diagnosis
 * @param frontlineTherapy frontline therapy
 * @param relapse the relapse
 * @param response response to reinduction
 * @param history treatment history
 */
@Schema(name = "EvaluationRequest", description = "The facts of one relapse.")
public record EvaluationRequest(
    @Schema(
            description = "Caller's pseudonymous id, echoed back",
            maxLength = 64,
            example = "demo-001")
        String caseId,
    @Schema(requiredMode = RequiredMode.REQUIRED) Patient patient,
    @Schema(requiredMode = RequiredMode.REQUIRED) Diagnosis diagnosis,
    FrontlineTherapy frontlineTherapy,
    @Schema(requiredMode = RequiredMode.REQUIRED) Relapse relapse,
    Response response,
    History history) {

  /**
   * The patient.
   *
   * @param birthDate date of birth
   * @param sex sex as recorded
   */
  @Schema(name = "Patient")
  public record Patient(
      @Schema(requiredMode = RequiredMode.REQUIRED, example = "2008-03-02") LocalDate birthDate,
      @Schema(description = "Default UNKNOWN") Sex sex) {}

  /**
   * The initial diagnosis.
   *
   * @param date D0
   * @param immunophenotype lineage at diagnosis
   * @param cnsStatus CNS status at diagnosis
   */
  @Schema(name = "Diagnosis")
  public record Diagnosis(
      @Schema(requiredMode = RequiredMode.REQUIRED, description = "D0", example = "2015-01-10")
          LocalDate date,
      @Schema(requiredMode = RequiredMode.REQUIRED) Immunophenotype immunophenotype,
      @Schema(description = "CNS status at initial diagnosis") CnsStatus cnsStatus) {}

  /**
   * Frontline therapy.
   *
   * @param endDate DEOT; null while still on frontline therapy
   */
  @Schema(name = "FrontlineTherapy")
  public record FrontlineTherapy(
      @Schema(
              description = "DEOT; absent or null = relapse while still on frontline therapy",
              example = "2017-01-10")
          LocalDate endDate) {}

  /**
   * The relapse.
   *
   * @param date DR
   * @param number 1 for the first relapse
   * @param marrowBlastPercent blasts in the relapse marrow, 0 to 100
   * @param extramedullarySites extramedullary sites
   * @param cnsStatus CNS status at relapse
   * @param testicularInvolvement testicular involvement
   * @param confirmedByOtherMethod another method found at least 1 % blasts
   * @param immunophenotype lineage at relapse if it differs from diagnosis
   * @param cd19 CD19 on the relapse blasts
   * @param cd22 CD22 on the relapse blasts
   * @param genetics genetic findings of the relapse clone
   */
  @Schema(name = "Relapse")
  public record Relapse(
      @Schema(requiredMode = RequiredMode.REQUIRED, description = "DR", example = "2018-07-10")
          LocalDate date,
      @Schema(description = "1 = first relapse (default 1)", minimum = "1", example = "1")
          Integer number,
      @Schema(
              requiredMode = RequiredMode.REQUIRED,
              minimum = "0",
              maximum = "100",
              example = "35.0")
          Double marrowBlastPercent,
      @Schema(description = "Default none") List<ExtramedullarySite> extramedullarySites,
      @Schema(description = "CNS status at relapse") CnsStatus cnsStatus,
      TesticularInvolvement testicularInvolvement,
      @Schema(
              description =
                  "Another method (flow or PCR MRD, cytogenetics/FISH) found >= 1 % blasts in the"
                      + " relapse marrow (default false)")
          Boolean confirmedByOtherMethod,
      @Schema(description = "At relapse if it differs from diagnosis (lineage switch)")
          Immunophenotype immunophenotype,
      @Schema(description = "Default UNKNOWN") MarkerStatus cd19,
      @Schema(description = "Default UNKNOWN") MarkerStatus cd22,
      List<GeneticLesion> genetics) {}

  /**
   * Response to reinduction.
   *
   * @param secondRemission CR2 reached; null = not yet assessed
   * @param mrd marrow MRD at the end of reinduction as a fraction
   */
  @Schema(name = "Response")
  public record Response(
      @Schema(description = "CR2 reached after reinduction; absent = not yet assessed")
          Boolean secondRemission,
      @Schema(
              description = "Marrow MRD at the end of reinduction, as a fraction (1e-3 = 0.1 %)",
              minimum = "0",
              maximum = "1",
              example = "0.0002")
          Double mrd) {}

  /**
   * Treatment history.
   *
   * @param priorRegimens prior chemotherapy regimens, frontline included
   * @param priorHsct an allogeneic HSCT before this relapse
   * @param asparaginaseHypersensitivity asparaginase hypersensitivity
   * @param priorCranialIrradiation prior cranial irradiation
   */
  @Schema(name = "History")
  public record History(
      @Schema(
              description =
                  "Frontline included. Not sent is not 1 (knowledge base v2): a refractory or"
                      + " later relapse then counts 2; after HSCT it is missing data; a first"
                      + " relapse without HSCT counts none",
              minimum = "0")
          Integer priorRegimens,
      @Schema(description = "Default false") Boolean priorHsct,
      @Schema(description = "Default false") Boolean asparaginaseHypersensitivity,
      @Schema(description = "Default false") Boolean priorCranialIrradiation) {}
}
