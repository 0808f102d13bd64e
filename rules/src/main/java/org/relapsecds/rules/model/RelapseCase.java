package org.relapsecds.rules.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The facts of one relapse as the clinician reports them (request side of the evaluation API).
 *
 * <p>Immutable; built with {@link #builder()}, whose {@link Builder#build()} rejects a case that
 * violates the contract's invariants (required facts, ranges, order of dates) with an {@link
 * InvalidCaseException} naming every offending field by its API path. Whether a date lies in the
 * future depends on the caller's clock and is checked by the caller.
 */
public final class RelapseCase {
  private final String caseId;
  private final LocalDate birthDate;
  private final Sex sex;
  private final LocalDate diagnosisDate;
  private final Immunophenotype diagnosisImmunophenotype;
  private final CnsStatus diagnosisCnsStatus;
  private final LocalDate endOfTherapyDate;
  private final LocalDate relapseDate;
  private final int relapseNumber;
  private final double marrowBlastPercent;
  private final Set<ExtramedullarySite> extramedullarySites;
  private final CnsStatus relapseCnsStatus;
  private final TesticularInvolvement testicularInvolvement;
  private final boolean confirmedByOtherMethod;
  private final Immunophenotype relapseImmunophenotype;
  private final MarkerStatus cd19;
  private final MarkerStatus cd22;
  private final Set<GeneticLesion> genetics;
  private final Boolean secondRemission;
  private final Double mrd;
  private final Integer priorRegimens;
  private final boolean priorHsct;
  private final boolean asparaginaseHypersensitivity;
  private final boolean priorCranialIrradiation;

  private RelapseCase(Builder b) {
    this.caseId = b.caseId;
    this.birthDate = b.birthDate;
    this.sex = b.sex == null ? Sex.UNKNOWN : b.sex;
    this.diagnosisDate = b.diagnosisDate;
    this.diagnosisImmunophenotype = b.diagnosisImmunophenotype;
    this.diagnosisCnsStatus = b.diagnosisCnsStatus;
    this.endOfTherapyDate = b.endOfTherapyDate;
    this.relapseDate = b.relapseDate;
    this.relapseNumber = b.relapseNumber;
    this.marrowBlastPercent = b.marrowBlastPercent;
    this.extramedullarySites = immutableEnumSet(b.extramedullarySites, ExtramedullarySite.class);
    this.relapseCnsStatus = b.relapseCnsStatus;
    this.testicularInvolvement = b.testicularInvolvement;
    this.confirmedByOtherMethod = b.confirmedByOtherMethod;
    this.relapseImmunophenotype = b.relapseImmunophenotype;
    this.cd19 = b.cd19 == null ? MarkerStatus.UNKNOWN : b.cd19;
    this.cd22 = b.cd22 == null ? MarkerStatus.UNKNOWN : b.cd22;
    this.genetics = immutableEnumSet(b.genetics, GeneticLesion.class);
    this.secondRemission = b.secondRemission;
    this.mrd = b.mrd;
    this.priorRegimens = b.priorRegimens;
    this.priorHsct = b.priorHsct;
    this.asparaginaseHypersensitivity = b.asparaginaseHypersensitivity;
    this.priorCranialIrradiation = b.priorCranialIrradiation;
  }

  private static <E extends Enum<E>> Set<E> immutableEnumSet(Collection<E> values, Class<E> type) {
    Set<E> set = EnumSet.noneOf(type);
    if (values != null) {
      set.addAll(values);
    }
    return Collections.unmodifiableSet(set);
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

  /** Caller's pseudonymous id; may be null. */
  public String getCaseId() {
    return caseId;
  }

  public LocalDate getBirthDate() {
    return birthDate;
  }

  public Sex getSex() {
    return sex;
  }

  /** D0: date of the initial diagnosis. */
  public LocalDate getDiagnosisDate() {
    return diagnosisDate;
  }

  public Immunophenotype getDiagnosisImmunophenotype() {
    return diagnosisImmunophenotype;
  }

  /** CNS status at initial diagnosis; null when not reported. */
  public CnsStatus getDiagnosisCnsStatus() {
    return diagnosisCnsStatus;
  }

  /** DEOT: end of frontline therapy; null while the patient is still on frontline therapy. */
  public LocalDate getEndOfTherapyDate() {
    return endOfTherapyDate;
  }

  /** True when the relapse occurred while still on frontline therapy (no DEOT). */
  public boolean isOnFrontlineTherapy() {
    return endOfTherapyDate == null;
  }

  /** DR: date the relapse was diagnosed. */
  public LocalDate getRelapseDate() {
    return relapseDate;
  }

  /** 1 for the first relapse. */
  public int getRelapseNumber() {
    return relapseNumber;
  }

  public double getMarrowBlastPercent() {
    return marrowBlastPercent;
  }

  /** Extramedullary sites as reported; whether CNS counts is decided by the site rules. */
  public Set<ExtramedullarySite> getExtramedullarySites() {
    return extramedullarySites;
  }

  /** CNS status at relapse; null when not reported. */
  public CnsStatus getRelapseCnsStatus() {
    return relapseCnsStatus;
  }

  /** Null when the testes are not involved or not reported. */
  public TesticularInvolvement getTesticularInvolvement() {
    return testicularInvolvement;
  }

  /** Another method found >= 1 % blasts in the relapse marrow. */
  public boolean isConfirmedByOtherMethod() {
    return confirmedByOtherMethod;
  }

  /** Immunophenotype at relapse when reported (lineage switch); otherwise null. */
  public Immunophenotype getRelapseImmunophenotype() {
    return relapseImmunophenotype;
  }

  /** The immunophenotype that classifies this relapse: at relapse when reported, else at D0. */
  public Immunophenotype getImmunophenotype() {
    return relapseImmunophenotype != null ? relapseImmunophenotype : diagnosisImmunophenotype;
  }

  public MarkerStatus getCd19() {
    return cd19;
  }

  public MarkerStatus getCd22() {
    return cd22;
  }

  public Set<GeneticLesion> getGenetics() {
    return genetics;
  }

  /** Whether any genetic lesion is reported: lets a rule ask without calling a method of Set. */
  public boolean isGeneticsReported() {
    return !genetics.isEmpty();
  }

  /** CR2 after reinduction: true, false, or null when not yet assessed. */
  public Boolean getSecondRemission() {
    return secondRemission;
  }

  /** Marrow MRD at the end of reinduction (block 1) as a fraction; null when not measured. */
  public Double getMrd() {
    return mrd;
  }

  /**
   * Prior chemotherapy regimens, frontline included; null when not sent (knowledge base v2 tells
   * "not sent" from 1: a refractory or later relapse then counts 2, after HSCT it is missing data).
   */
  public Integer getPriorRegimens() {
    return priorRegimens;
  }

  public boolean isPriorHsct() {
    return priorHsct;
  }

  public boolean isAsparaginaseHypersensitivity() {
    return asparaginaseHypersensitivity;
  }

  public boolean isPriorCranialIrradiation() {
    return priorCranialIrradiation;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof RelapseCase other)) {
      return false;
    }
    return relapseNumber == other.relapseNumber
        && Double.compare(marrowBlastPercent, other.marrowBlastPercent) == 0
        && confirmedByOtherMethod == other.confirmedByOtherMethod
        && priorHsct == other.priorHsct
        && asparaginaseHypersensitivity == other.asparaginaseHypersensitivity
        && priorCranialIrradiation == other.priorCranialIrradiation
        && Objects.equals(caseId, other.caseId)
        && Objects.equals(birthDate, other.birthDate)
        && sex == other.sex
        && Objects.equals(diagnosisDate, other.diagnosisDate)
        && diagnosisImmunophenotype == other.diagnosisImmunophenotype
        && diagnosisCnsStatus == other.diagnosisCnsStatus
        && Objects.equals(endOfTherapyDate, other.endOfTherapyDate)
        && Objects.equals(relapseDate, other.relapseDate)
        && extramedullarySites.equals(other.extramedullarySites)
        && relapseCnsStatus == other.relapseCnsStatus
        && testicularInvolvement == other.testicularInvolvement
        && relapseImmunophenotype == other.relapseImmunophenotype
        && cd19 == other.cd19
        && cd22 == other.cd22
        && genetics.equals(other.genetics)
        && Objects.equals(secondRemission, other.secondRemission)
        && Objects.equals(mrd, other.mrd)
        && Objects.equals(priorRegimens, other.priorRegimens);
  }

  @Override
  public int hashCode() {
    return Objects.hash(caseId, birthDate, diagnosisDate, relapseDate, marrowBlastPercent, mrd);
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

  /** Collects the facts of a case; {@link #build()} checks them all at once. */
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
            new FieldViolation(
                "response.mrd", "must be a fraction between 0 and 1 (1e-3 = 0.1 %)"));
      }
      if (priorRegimens != null && priorRegimens < 0) {
        violations.add(new FieldViolation("history.priorRegimens", "must be 0 or more"));
      }
      checkDateOrder(violations);
      if (!violations.isEmpty()) {
        throw new InvalidCaseException(violations);
      }
      return new RelapseCase(this);
    }

    private void checkDateOrder(List<FieldViolation> violations) {
      if (birthDate != null && diagnosisDate != null && birthDate.isAfter(diagnosisDate)) {
        violations.add(
            new FieldViolation("patient.birthDate", "the birth date is after the diagnosis"));
      }
      if (diagnosisDate != null && relapseDate != null && relapseDate.isBefore(diagnosisDate)) {
        violations.add(new FieldViolation("relapse.date", "the relapse is before the diagnosis"));
      }
      if (endOfTherapyDate != null) {
        if (diagnosisDate != null && endOfTherapyDate.isBefore(diagnosisDate)) {
          violations.add(
              new FieldViolation(
                  "frontlineTherapy.endDate", "the end of therapy is before the diagnosis"));
        }
        if (relapseDate != null && endOfTherapyDate.isAfter(relapseDate)) {
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
  }
}
