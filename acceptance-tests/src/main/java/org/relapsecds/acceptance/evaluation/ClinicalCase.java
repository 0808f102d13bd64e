package org.relapsecds.acceptance.evaluation;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.relapsecds.rules.model.CnsStatus;
import org.relapsecds.rules.model.ExtramedullarySite;
import org.relapsecds.rules.model.GeneticLesion;
import org.relapsecds.rules.model.Immunophenotype;
import org.relapsecds.rules.model.MarkerStatus;
import org.relapsecds.rules.model.RelapseCase;
import org.relapsecds.rules.model.Sex;
import org.relapsecds.rules.model.TesticularInvolvement;

/**
 * A case as a scenario describes it, step by step, before any evaluator sees it.
 *
 * <p>Unlike {@link RelapseCase} it may be invalid (that is what the bad-input scenarios send), and
 * it may carry things only the wire can express (an unknown enum word, malformed JSON). Each
 * evaluator turns it into its own input: a {@link RelapseCase} in-process, a JSON body over HTTP.
 * Fields use the API paths of the evaluation contract.
 */
public final class ClinicalCase {
  /** Age at diagnosis when a scenario does not say: a child, well inside every age bound. */
  static final Period DEFAULT_AGE_AT_DIAGNOSIS = Period.ofYears(5);

  String caseId;
  LocalDate birthDate;
  Period ageAtRelapse;
  Period ageAtDiagnosis;
  Sex sex;
  LocalDate diagnosisDate;
  Immunophenotype immunophenotype;
  CnsStatus diagnosisCnsStatus;
  LocalDate endOfTherapyDate;
  LocalDate relapseDate;
  Integer relapseNumber;
  Double marrowBlastPercent;
  final Set<ExtramedullarySite> extramedullarySites = EnumSet.noneOf(ExtramedullarySite.class);
  CnsStatus relapseCnsStatus;
  TesticularInvolvement testicularInvolvement;
  Boolean confirmedByOtherMethod;
  Immunophenotype relapseImmunophenotype;
  MarkerStatus cd19;
  MarkerStatus cd22;
  final Set<GeneticLesion> genetics = EnumSet.noneOf(GeneticLesion.class);
  Boolean secondRemission;
  Double mrd;
  Integer priorRegimens;
  Boolean priorHsct;
  Boolean asparaginaseHypersensitivity;
  Boolean priorCranialIrradiation;

  private final Set<String> omitted = new HashSet<>();
  private final Map<String, Object> wireValues = new LinkedHashMap<>();
  private String rawBody;

  /** Sets the diagnosis: D0 and the immunophenotype. */
  public ClinicalCase diagnosis(LocalDate date, Immunophenotype phenotype) {
    this.diagnosisDate = date;
    this.immunophenotype = phenotype;
    return this;
  }

  public ClinicalCase birthDate(LocalDate value) {
    this.birthDate = value;
    this.ageAtRelapse = null;
    this.ageAtDiagnosis = null;
    return this;
  }

  /** The birth date follows from the age at the relapse date (resolved when the case is sent). */
  public ClinicalCase ageAtRelapse(Period age) {
    this.ageAtRelapse = age;
    this.ageAtDiagnosis = null;
    this.birthDate = null;
    return this;
  }

  /** The birth date follows from the age at the diagnosis date. */
  public ClinicalCase ageAtDiagnosis(Period age) {
    this.ageAtDiagnosis = age;
    this.ageAtRelapse = null;
    this.birthDate = null;
    return this;
  }

  public ClinicalCase caseId(String value) {
    this.caseId = value;
    return this;
  }

  public ClinicalCase sex(Sex value) {
    this.sex = value;
    return this;
  }

  public ClinicalCase diagnosisCnsStatus(CnsStatus value) {
    this.diagnosisCnsStatus = value;
    return this;
  }

  /** DEOT; null for a relapse while still on frontline therapy. */
  public ClinicalCase endOfTherapy(LocalDate value) {
    this.endOfTherapyDate = value;
    return this;
  }

  /** The relapse: DR, marrow blasts and the reported extramedullary sites. */
  public ClinicalCase relapse(
      LocalDate date, double blastPercent, Set<ExtramedullarySite> extramedullary) {
    this.relapseDate = date;
    this.marrowBlastPercent = blastPercent;
    this.extramedullarySites.clear();
    this.extramedullarySites.addAll(extramedullary);
    return this;
  }

  public ClinicalCase relapseNumber(int value) {
    this.relapseNumber = value;
    return this;
  }

  public ClinicalCase relapseCnsStatus(CnsStatus value) {
    this.relapseCnsStatus = value;
    return this;
  }

  public ClinicalCase testicularInvolvement(TesticularInvolvement value) {
    this.testicularInvolvement = value;
    return this;
  }

  public ClinicalCase confirmedByOtherMethod(boolean value) {
    this.confirmedByOtherMethod = value;
    return this;
  }

  public ClinicalCase relapseImmunophenotype(Immunophenotype value) {
    this.relapseImmunophenotype = value;
    return this;
  }

  public ClinicalCase cd19(MarkerStatus value) {
    this.cd19 = value;
    return this;
  }

  public ClinicalCase cd22(MarkerStatus value) {
    this.cd22 = value;
    return this;
  }

  public ClinicalCase genetic(GeneticLesion value) {
    this.genetics.add(value);
    return this;
  }

  public ClinicalCase secondRemission(Boolean value) {
    this.secondRemission = value;
    return this;
  }

  public ClinicalCase mrd(Double value) {
    this.mrd = value;
    return this;
  }

  public ClinicalCase priorRegimens(Integer value) {
    this.priorRegimens = value;
    return this;
  }

  public ClinicalCase priorHsct(boolean value) {
    this.priorHsct = value;
    return this;
  }

  public ClinicalCase asparaginaseHypersensitivity(boolean value) {
    this.asparaginaseHypersensitivity = value;
    return this;
  }

  public ClinicalCase priorCranialIrradiation(boolean value) {
    this.priorCranialIrradiation = value;
    return this;
  }

  /** Leaves a field out of the case entirely (for the bad-input scenarios). */
  public ClinicalCase omit(String apiPath) {
    omitted.add(apiPath);
    return this;
  }

  /**
   * Sends a field with a value only JSON can carry (a word outside the enum, a string for a number,
   * an unknown property). Such a case cannot be evaluated in-process.
   */
  public ClinicalCase wireValue(String apiPath, Object value) {
    wireValues.put(apiPath, value);
    return this;
  }

  /** Replaces the whole request body (malformed JSON). HTTP only. */
  public ClinicalCase rawBody(String body) {
    this.rawBody = body;
    return this;
  }

  boolean isOmitted(String apiPath) {
    return omitted.contains(apiPath);
  }

  Map<String, Object> wireValues() {
    return wireValues;
  }

  String rawBody() {
    return rawBody;
  }

  /** Whether this case says something a {@link RelapseCase} cannot express. */
  public boolean onlyOnTheWire() {
    return rawBody != null || !wireValues.isEmpty();
  }

  /** The birth date as sent: given, or derived from an age at relapse or at diagnosis. */
  LocalDate resolvedBirthDate() {
    if (birthDate != null) {
      return birthDate;
    }
    if (ageAtRelapse != null && relapseDate != null) {
      return relapseDate.minus(ageAtRelapse);
    }
    if (ageAtDiagnosis != null && diagnosisDate != null) {
      return diagnosisDate.minus(ageAtDiagnosis);
    }
    return diagnosisDate == null ? null : diagnosisDate.minus(DEFAULT_AGE_AT_DIAGNOSIS);
  }

  /**
   * The case for the rules engine.
   *
   * @throws org.relapsecds.rules.model.InvalidCaseException when the case breaks the contract
   */
  public RelapseCase toRelapseCase() {
    RelapseCase.Builder b = RelapseCase.builder();
    b.caseId(given("caseId", caseId));
    b.birthDate(given("patient.birthDate", resolvedBirthDate()));
    b.sex(given("patient.sex", sex));
    b.diagnosisDate(given("diagnosis.date", diagnosisDate));
    b.diagnosisImmunophenotype(given("diagnosis.immunophenotype", immunophenotype));
    b.diagnosisCnsStatus(given("diagnosis.cnsStatus", diagnosisCnsStatus));
    b.endOfTherapyDate(given("frontlineTherapy.endDate", endOfTherapyDate));
    b.relapseDate(given("relapse.date", relapseDate));
    if (given("relapse.number", relapseNumber) != null) {
      b.relapseNumber(relapseNumber);
    }
    if (given("relapse.marrowBlastPercent", marrowBlastPercent) != null) {
      b.marrowBlastPercent(marrowBlastPercent);
    }
    b.extramedullarySites(extramedullarySites);
    b.relapseCnsStatus(given("relapse.cnsStatus", relapseCnsStatus));
    b.testicularInvolvement(given("relapse.testicularInvolvement", testicularInvolvement));
    b.confirmedByOtherMethod(Boolean.TRUE.equals(confirmedByOtherMethod));
    b.relapseImmunophenotype(given("relapse.immunophenotype", relapseImmunophenotype));
    b.cd19(given("relapse.cd19", cd19));
    b.cd22(given("relapse.cd22", cd22));
    b.genetics(genetics);
    b.secondRemission(given("response.secondRemission", secondRemission));
    b.mrd(given("response.mrd", mrd));
    if (given("history.priorRegimens", priorRegimens) != null) {
      b.priorRegimens(priorRegimens);
    }
    b.priorHsct(Boolean.TRUE.equals(priorHsct));
    b.asparaginaseHypersensitivity(Boolean.TRUE.equals(asparaginaseHypersensitivity));
    b.priorCranialIrradiation(Boolean.TRUE.equals(priorCranialIrradiation));
    return b.build();
  }

  private <T> T given(String apiPath, T value) {
    return omitted.contains(apiPath) ? null : value;
  }

  /** The request as a JSON tree (maps, lists, strings, numbers, booleans), without nulls. */
  Map<String, Object> toRequest() {
    Map<String, Object> root = new LinkedHashMap<>();
    put(root, "caseId", caseId);
    put(root, "patient.birthDate", resolvedBirthDate());
    put(root, "patient.sex", sex);
    put(root, "diagnosis.date", diagnosisDate);
    put(root, "diagnosis.immunophenotype", immunophenotype);
    put(root, "diagnosis.cnsStatus", diagnosisCnsStatus);
    put(root, "frontlineTherapy.endDate", endOfTherapyDate);
    put(root, "relapse.date", relapseDate);
    put(root, "relapse.number", relapseNumber);
    put(root, "relapse.marrowBlastPercent", marrowBlastPercent);
    put(root, "relapse.extramedullarySites", names(extramedullarySites));
    put(root, "relapse.cnsStatus", relapseCnsStatus);
    put(root, "relapse.testicularInvolvement", testicularInvolvement);
    put(root, "relapse.confirmedByOtherMethod", confirmedByOtherMethod);
    put(root, "relapse.immunophenotype", relapseImmunophenotype);
    put(root, "relapse.cd19", cd19);
    put(root, "relapse.cd22", cd22);
    put(root, "relapse.genetics", names(genetics));
    put(root, "response.secondRemission", secondRemission);
    put(root, "response.mrd", mrd);
    put(root, "history.priorRegimens", priorRegimens);
    put(root, "history.priorHsct", priorHsct);
    put(root, "history.asparaginaseHypersensitivity", asparaginaseHypersensitivity);
    put(root, "history.priorCranialIrradiation", priorCranialIrradiation);
    wireValues.forEach((path, value) -> place(root, path, value));
    return root;
  }

  private static List<String> names(Set<? extends Enum<?>> values) {
    if (values.isEmpty()) {
      return null;
    }
    List<String> list = new ArrayList<>();
    values.forEach(v -> list.add(v.name()));
    return list;
  }

  private void put(Map<String, Object> root, String path, Object value) {
    if (value == null || omitted.contains(path)) {
      return;
    }
    Object json = value instanceof Enum<?> e ? e.name() : value;
    if (value instanceof LocalDate d) {
      json = d.toString();
    }
    place(root, path, json);
  }

  @SuppressWarnings("unchecked")
  private static void place(Map<String, Object> root, String path, Object value) {
    String[] parts = path.split("\\.");
    Map<String, Object> node = root;
    for (int i = 0; i < parts.length - 1; i++) {
      node = (Map<String, Object>) node.computeIfAbsent(parts[i], k -> new LinkedHashMap<>());
    }
    node.put(parts[parts.length - 1], value);
  }
}
