package org.relapsecds.rules.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The facts of one relapse as the clinician reports them (request side of the evaluation API).
 *
 * <p>Immutable, and valid by construction: the canonical constructor, and so {@link
 * Builder#build()}, rejects a case that violates the contract's invariants (required facts, ranges,
 * order of dates) with an {@link InvalidCaseException} naming every offending field by its API
 * path. Whether a date lies in the future depends on the caller's clock and is checked by the
 * caller. Unreported sex and markers become {@code UNKNOWN}; the sets are immutable, empty when
 * none is reported.
 *
 * <p>The derived properties keep the bean form ({@code getImmunophenotype()}, {@code
 * isGeneticsReported()}, {@code isOnFrontlineTherapy()}): rules read them like components ({@code
 * RelapseCase( immunophenotype == ... )}), and the rule check accepts as a property of a record its
 * components and its {@code get}/{@code is} getters, no other method.
 *
 * <p>Longer than 300 lines because of the {@link Builder}: a typed builder of 24 facts states each
 * one as a field, a setter and an argument of {@code build()}, and {@link #toBuilder()} once more;
 * the record itself states them once, as its components.
 *
 * @param caseId caller's pseudonymous id; may be null
 * @param birthDate date of birth
 * @param sex {@code UNKNOWN} when not reported
 * @param diagnosisDate D0: date of the initial diagnosis
 * @param diagnosisImmunophenotype immunophenotype at the initial diagnosis
 * @param diagnosisCnsStatus CNS status at initial diagnosis; null when not reported
 * @param endOfTherapyDate DEOT: end of frontline therapy; null while the patient is still on
 *     frontline therapy
 * @param relapseDate DR: date the relapse was diagnosed
 * @param relapseNumber 1 for the first relapse
 * @param marrowBlastPercent blasts in the relapse marrow, 0 to 100 %
 * @param extramedullarySites extramedullary sites as reported; whether CNS counts is decided by the
 *     site rules
 * @param relapseCnsStatus CNS status at relapse; null when not reported
 * @param testicularInvolvement null when the testes are not involved or not reported
 * @param confirmedByOtherMethod another method found >= 1 % blasts in the relapse marrow
 * @param relapseImmunophenotype immunophenotype at relapse when reported (lineage switch);
 *     otherwise null
 * @param cd19 CD19 at relapse; {@code UNKNOWN} when not reported
 * @param cd22 CD22 at relapse; {@code UNKNOWN} when not reported
 * @param genetics the genetic lesions reported
 * @param secondRemission CR2 after reinduction: true, false, or null when not yet assessed
 * @param mrd marrow MRD at the end of reinduction (block 1) as a fraction; null when not measured
 * @param priorRegimens prior chemotherapy regimens, frontline included; null when not sent
 *     (knowledge base v2 tells "not sent" from 1: a refractory or later relapse then counts 2,
 *     after HSCT it is missing data)
 * @param priorHsct an HSCT before this relapse
 * @param asparaginaseHypersensitivity a hypersensitivity to asparaginase before this relapse
 * @param priorCranialIrradiation cranial irradiation before this relapse
 */
public record RelapseCase(
    String caseId,
    LocalDate birthDate,
    Sex sex,
    LocalDate diagnosisDate,
    Immunophenotype diagnosisImmunophenotype,
    CnsStatus diagnosisCnsStatus,
    LocalDate endOfTherapyDate,
    LocalDate relapseDate,
    int relapseNumber,
    double marrowBlastPercent,
    Set<ExtramedullarySite> extramedullarySites,
    CnsStatus relapseCnsStatus,
    TesticularInvolvement testicularInvolvement,
    boolean confirmedByOtherMethod,
    Immunophenotype relapseImmunophenotype,
    MarkerStatus cd19,
    MarkerStatus cd22,
    Set<GeneticLesion> genetics,
    Boolean secondRemission,
    Double mrd,
    Integer priorRegimens,
    boolean priorHsct,
    boolean asparaginaseHypersensitivity,
    boolean priorCranialIrradiation) {

  /**
   * Checks every invariant at once, then applies the defaults.
   *
   * @throws InvalidCaseException naming every field that is missing, out of range or out of order
   */
  public RelapseCase {
    List<FieldViolation> violations = new ArrayList<>();
    require(birthDate, "patient.birthDate", "the date of birth is required", violations);
    require(diagnosisDate, "diagnosis.date", "the date of diagnosis is required", violations);
    require(
        diagnosisImmunophenotype,
        "diagnosis.immunophenotype",
        "the immunophenotype at diagnosis is required",
        violations);
    require(relapseDate, "relapse.date", "the date of relapse is required", violations);
    if (caseId != null && caseId.length() > 64) {
      violations.add(new FieldViolation("caseId", "must be at most 64 characters"));
    }
    if (Double.isNaN(marrowBlastPercent)) {
      violations.add(
          new FieldViolation(
              "relapse.marrowBlastPercent", "the marrow blast percentage is required"));
    } else if (marrowBlastPercent < 0 || marrowBlastPercent > 100) {
      violations.add(
          new FieldViolation("relapse.marrowBlastPercent", "must be between 0 and 100 %"));
    }
    if (relapseNumber < 1) {
      violations.add(new FieldViolation("relapse.number", "must be 1 or more"));
    }
    if (mrd != null && (mrd.isNaN() || mrd < 0 || mrd > 1)) {
      violations.add(
          new FieldViolation("response.mrd", "must be a fraction between 0 and 1 (1e-3 = 0.1 %)"));
    }
    if (priorRegimens != null && priorRegimens < 0) {
      violations.add(new FieldViolation("history.priorRegimens", "must be 0 or more"));
    }
    checkDateOrder(birthDate, diagnosisDate, endOfTherapyDate, relapseDate, violations);
    if (!violations.isEmpty()) {
      throw new InvalidCaseException(violations);
    }
    sex = sex == null ? Sex.UNKNOWN : sex;
    extramedullarySites = immutableEnumSet(extramedullarySites, ExtramedullarySite.class);
    cd19 = cd19 == null ? MarkerStatus.UNKNOWN : cd19;
    cd22 = cd22 == null ? MarkerStatus.UNKNOWN : cd22;
    genetics = immutableEnumSet(genetics, GeneticLesion.class);
  }

  private static void checkDateOrder(
      LocalDate birth,
      LocalDate diagnosis,
      LocalDate endOfTherapy,
      LocalDate relapse,
      List<FieldViolation> violations) {
    if (birth != null && diagnosis != null && birth.isAfter(diagnosis)) {
      violations.add(
          new FieldViolation("patient.birthDate", "the birth date is after the diagnosis"));
    }
    if (diagnosis != null && relapse != null && relapse.isBefore(diagnosis)) {
      violations.add(new FieldViolation("relapse.date", "the relapse is before the diagnosis"));
    }
    if (endOfTherapy != null) {
      if (diagnosis != null && endOfTherapy.isBefore(diagnosis)) {
        violations.add(
            new FieldViolation(
                "frontlineTherapy.endDate", "the end of therapy is before the diagnosis"));
      }
      if (relapse != null && endOfTherapy.isAfter(relapse)) {
        violations.add(
            new FieldViolation(
                "frontlineTherapy.endDate", "the end of therapy is after the relapse"));
      }
    }
  }

  private static void require(
      Object value, String field, String message, List<FieldViolation> violations) {
    if (value == null) {
      violations.add(new FieldViolation(field, message));
    }
  }

  private static <E extends Enum<E>> Set<E> immutableEnumSet(Collection<E> values, Class<E> type) {
    Set<E> set = EnumSet.noneOf(type);
    if (values != null) {
      set.addAll(values);
    }
    return Collections.unmodifiableSet(set);
  }

  /** True when the relapse occurred while still on frontline therapy (no DEOT). */
  public boolean isOnFrontlineTherapy() {
    return endOfTherapyDate == null;
  }

  /** The immunophenotype that classifies this relapse: at relapse when reported, else at D0. */
  public Immunophenotype getImmunophenotype() {
    return relapseImmunophenotype != null ? relapseImmunophenotype : diagnosisImmunophenotype;
  }

  /** Whether any genetic lesion is reported: lets a rule ask without calling a method of Set. */
  public boolean isGeneticsReported() {
    return !genetics.isEmpty();
  }

  /** Deliberately omits the birth date and case id: cases may end up in logs. */
  @Override
  public String toString() {
    return "RelapseCase[phenotype="
        + getImmunophenotype()
        + ", relapseNumber="
        + relapseNumber
        + ", marrow="
        + marrowBlastPercent
        + "%, em="
        + extramedullarySites
        + ", mrd="
        + mrd
        + "]";
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder pre-filled with this case's facts, for variations of a case. */
  public Builder toBuilder() {
    return new Builder()
        .caseId(caseId)
        .birthDate(birthDate)
        .sex(sex)
        .diagnosisDate(diagnosisDate)
        .diagnosisImmunophenotype(diagnosisImmunophenotype)
        .diagnosisCnsStatus(diagnosisCnsStatus)
        .endOfTherapyDate(endOfTherapyDate)
        .relapseDate(relapseDate)
        .relapseNumber(relapseNumber)
        .marrowBlastPercent(marrowBlastPercent)
        .extramedullarySites(extramedullarySites)
        .relapseCnsStatus(relapseCnsStatus)
        .testicularInvolvement(testicularInvolvement)
        .confirmedByOtherMethod(confirmedByOtherMethod)
        .relapseImmunophenotype(relapseImmunophenotype)
        .cd19(cd19)
        .cd22(cd22)
        .genetics(genetics)
        .secondRemission(secondRemission)
        .mrd(mrd)
        .priorRegimens(priorRegimens)
        .priorHsct(priorHsct)
        .asparaginaseHypersensitivity(asparaginaseHypersensitivity)
        .priorCranialIrradiation(priorCranialIrradiation);
  }

  /**
   * Collects the facts of a case; {@link #build()} checks them all at once. Unset, the relapse
   * number is 1 and the marrow blast percentage is missing (NaN, refused).
   */
  public static final class Builder {
    private String caseId;
    private LocalDate birthDate;
    private Sex sex;
    private LocalDate diagnosisDate;
    private Immunophenotype diagnosisImmunophenotype;
    private CnsStatus diagnosisCnsStatus;
    private LocalDate endOfTherapyDate;
    private LocalDate relapseDate;
    private int relapseNumber = 1;
    private double marrowBlastPercent = Double.NaN;
    private Collection<ExtramedullarySite> extramedullarySites;
    private CnsStatus relapseCnsStatus;
    private TesticularInvolvement testicularInvolvement;
    private boolean confirmedByOtherMethod;
    private Immunophenotype relapseImmunophenotype;
    private MarkerStatus cd19;
    private MarkerStatus cd22;
    private Collection<GeneticLesion> genetics;
    private Boolean secondRemission;
    private Double mrd;
    private Integer priorRegimens;
    private boolean priorHsct;
    private boolean asparaginaseHypersensitivity;
    private boolean priorCranialIrradiation;

    private Builder() {}

    public Builder caseId(String value) {
      this.caseId = value;
      return this;
    }

    public Builder birthDate(LocalDate value) {
      this.birthDate = value;
      return this;
    }

    public Builder sex(Sex value) {
      this.sex = value;
      return this;
    }

    public Builder diagnosisDate(LocalDate value) {
      this.diagnosisDate = value;
      return this;
    }

    public Builder diagnosisImmunophenotype(Immunophenotype value) {
      this.diagnosisImmunophenotype = value;
      return this;
    }

    public Builder diagnosisCnsStatus(CnsStatus value) {
      this.diagnosisCnsStatus = value;
      return this;
    }

    public Builder endOfTherapyDate(LocalDate value) {
      this.endOfTherapyDate = value;
      return this;
    }

    public Builder relapseDate(LocalDate value) {
      this.relapseDate = value;
      return this;
    }

    public Builder relapseNumber(int value) {
      this.relapseNumber = value;
      return this;
    }

    public Builder marrowBlastPercent(double value) {
      this.marrowBlastPercent = value;
      return this;
    }

    public Builder extramedullarySites(Collection<ExtramedullarySite> value) {
      this.extramedullarySites = value;
      return this;
    }

    public Builder extramedullarySites(ExtramedullarySite... value) {
      this.extramedullarySites = List.of(value);
      return this;
    }

    public Builder relapseCnsStatus(CnsStatus value) {
      this.relapseCnsStatus = value;
      return this;
    }

    public Builder testicularInvolvement(TesticularInvolvement value) {
      this.testicularInvolvement = value;
      return this;
    }

    public Builder confirmedByOtherMethod(boolean value) {
      this.confirmedByOtherMethod = value;
      return this;
    }

    public Builder relapseImmunophenotype(Immunophenotype value) {
      this.relapseImmunophenotype = value;
      return this;
    }

    public Builder cd19(MarkerStatus value) {
      this.cd19 = value;
      return this;
    }

    public Builder cd22(MarkerStatus value) {
      this.cd22 = value;
      return this;
    }

    public Builder genetics(Collection<GeneticLesion> value) {
      this.genetics = value;
      return this;
    }

    public Builder genetics(GeneticLesion... value) {
      this.genetics = List.of(value);
      return this;
    }

    public Builder secondRemission(Boolean value) {
      this.secondRemission = value;
      return this;
    }

    public Builder mrd(Double value) {
      this.mrd = value;
      return this;
    }

    /** Prior regimens, frontline included; null = not sent. */
    public Builder priorRegimens(Integer value) {
      this.priorRegimens = value;
      return this;
    }

    public Builder priorHsct(boolean value) {
      this.priorHsct = value;
      return this;
    }

    public Builder asparaginaseHypersensitivity(boolean value) {
      this.asparaginaseHypersensitivity = value;
      return this;
    }

    public Builder priorCranialIrradiation(boolean value) {
      this.priorCranialIrradiation = value;
      return this;
    }

    /**
     * Builds the case.
     *
     * @throws InvalidCaseException naming every field that is missing, out of range or out of order
     */
    public RelapseCase build() {
      return new RelapseCase(
          caseId,
          birthDate,
          sex,
          diagnosisDate,
          diagnosisImmunophenotype,
          diagnosisCnsStatus,
          endOfTherapyDate,
          relapseDate,
          relapseNumber,
          marrowBlastPercent,
          asSet(extramedullarySites),
          relapseCnsStatus,
          testicularInvolvement,
          confirmedByOtherMethod,
          relapseImmunophenotype,
          cd19,
          cd22,
          asSet(genetics),
          secondRemission,
          mrd,
          priorRegimens,
          priorHsct,
          asparaginaseHypersensitivity,
          priorCranialIrradiation);
    }

    /** Passes a collection on as a set without checking its elements (the constructor does). */
    private static <E> Set<E> asSet(Collection<E> values) {
      return values == null || values instanceof Set<E> ? (Set<E>) values : new HashSet<>(values);
    }
  }
}
