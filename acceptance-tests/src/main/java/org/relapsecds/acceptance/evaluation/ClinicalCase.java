package org.relapsecds.acceptance.evaluation;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.relapsecds.rules.model.CnsStatus;
import org.relapsecds.rules.model.ExtramedullarySite;
import org.relapsecds.rules.model.GeneticLesion;
import org.relapsecds.rules.model.Immunophenotype;
import org.relapsecds.rules.model.MarkerStatus;
import org.relapsecds.rules.model.RelapseCase;
import org.relapsecds.rules.model.RelapseCase.Builder;
import org.relapsecds.rules.model.Sex;
import org.relapsecds.rules.model.TesticularInvolvement;

/**
 * A case as a scenario describes it, step by step, before any evaluator sees it.
 *
 * <p>Unlike {@link RelapseCase} it may be invalid (that is what the bad-input scenarios send), and
 * it may carry things only the wire can express (an unknown enum word, malformed JSON). Each
 * evaluator turns it into its own input: a {@link RelapseCase} in-process, a JSON body over HTTP.
 * Fields are named by the API paths of the evaluation contract; one table maps each path to its
 * type and to its setter on {@link RelapseCase.Builder}, and both inputs are built from it.
 */
public final class ClinicalCase {
  /** Age at diagnosis when a scenario does not say: a child, well inside every age bound. */
  static final Period DEFAULT_AGE_AT_DIAGNOSIS = Period.ofYears(5);

  /** A field of the contract: its API path, the type of its value, its setter on the builder. */
  private record Field(String path, Class<?> type, BiConsumer<Builder, Object> setter) {}

  /** Every field, in the order of the contract (and of the JSON body). */
  private static final Map<String, Field> FIELDS =
      table(
          field("caseId", String.class, Builder::caseId),
          field("patient.birthDate", LocalDate.class, Builder::birthDate),
          field("patient.sex", Sex.class, Builder::sex),
          field("diagnosis.date", LocalDate.class, Builder::diagnosisDate),
          field(
              "diagnosis.immunophenotype",
              Immunophenotype.class,
              Builder::diagnosisImmunophenotype),
          field("diagnosis.cnsStatus", CnsStatus.class, Builder::diagnosisCnsStatus),
          field("frontlineTherapy.endDate", LocalDate.class, Builder::endOfTherapyDate),
          field("relapse.date", LocalDate.class, Builder::relapseDate),
          field("relapse.number", Integer.class, Builder::relapseNumber),
          field("relapse.marrowBlastPercent", Double.class, Builder::marrowBlastPercent),
          new Field(
              "relapse.extramedullarySites",
              Set.class,
              (b, v) -> b.extramedullarySites(elements(v, ExtramedullarySite.class))),
          field("relapse.cnsStatus", CnsStatus.class, Builder::relapseCnsStatus),
          field(
              "relapse.testicularInvolvement",
              TesticularInvolvement.class,
              Builder::testicularInvolvement),
          field("relapse.confirmedByOtherMethod", Boolean.class, Builder::confirmedByOtherMethod),
          field("relapse.immunophenotype", Immunophenotype.class, Builder::relapseImmunophenotype),
          field("relapse.cd19", MarkerStatus.class, Builder::cd19),
          field("relapse.cd22", MarkerStatus.class, Builder::cd22),
          new Field(
              "relapse.genetics",
              Set.class,
              (b, v) -> b.genetics(elements(v, GeneticLesion.class))),
          field("response.secondRemission", Boolean.class, Builder::secondRemission),
          field("response.mrd", Double.class, Builder::mrd),
          field("history.priorRegimens", Integer.class, Builder::priorRegimens),
          field("history.priorHsct", Boolean.class, Builder::priorHsct),
          field(
              "history.asparaginaseHypersensitivity",
              Boolean.class,
              Builder::asparaginaseHypersensitivity),
          field(
              "history.priorCranialIrradiation", Boolean.class, Builder::priorCranialIrradiation));

  private final Map<String, Object> values = new HashMap<>();
  private Period ageAtRelapse;
  private Period ageAtDiagnosis;
  private final Set<String> omitted = new HashSet<>();
  private final Map<String, Object> wireValues = new LinkedHashMap<>();
  private String rawBody;

  private static <T> Field field(String path, Class<T> type, BiConsumer<Builder, T> setter) {
    return new Field(path, type, (b, v) -> setter.accept(b, type.cast(v)));
  }

  private static Map<String, Field> table(Field... fields) {
    Map<String, Field> table = new LinkedHashMap<>();
    for (Field f : fields) {
      table.put(f.path(), f);
    }
    return table;
  }

  private static <E extends Enum<E>> Set<E> elements(Object set, Class<E> type) {
    Set<E> elements = EnumSet.noneOf(type);
    if (set != null) {
      ((Set<?>) set).forEach(e -> elements.add(type.cast(e)));
    }
    return elements;
  }

  /**
   * Sets a field by its API path ({@code "relapse.cd19"}); null leaves it out.
   *
   * @throws IllegalArgumentException for a path the contract does not have, or a value of another
   *     type than the field's
   */
  public ClinicalCase set(String apiPath, Object value) {
    Field field = FIELDS.get(apiPath);
    if (field == null) {
      throw new IllegalArgumentException("no field " + apiPath + " in the contract");
    }
    if (value != null && !field.type().isInstance(value)) {
      throw new IllegalArgumentException(
          apiPath + " takes a " + field.type().getSimpleName() + ", not " + value);
    }
    values.put(apiPath, value);
    return this;
  }

  /** Sets the diagnosis: D0 and the immunophenotype. */
  public ClinicalCase diagnosis(LocalDate date, Immunophenotype phenotype) {
    return set("diagnosis.date", date).set("diagnosis.immunophenotype", phenotype);
  }

  public ClinicalCase birthDate(LocalDate value) {
    ageAtRelapse = null;
    ageAtDiagnosis = null;
    return set("patient.birthDate", value);
  }

  /** The birth date follows from the age at the relapse date (resolved when the case is sent). */
  public ClinicalCase ageAtRelapse(Period age) {
    birthDate(null);
    ageAtRelapse = age;
    return this;
  }

  /** The birth date follows from the age at the diagnosis date. */
  public ClinicalCase ageAtDiagnosis(Period age) {
    birthDate(null);
    ageAtDiagnosis = age;
    return this;
  }

  /** The relapse: DR, marrow blasts and the reported extramedullary sites. */
  public ClinicalCase relapse(
      LocalDate date, double blastPercent, Set<ExtramedullarySite> extramedullary) {
    return set("relapse.date", date)
        .set("relapse.marrowBlastPercent", blastPercent)
        .set("relapse.extramedullarySites", elements(extramedullary, ExtramedullarySite.class));
  }

  /** Adds a genetic lesion to those reported. */
  public ClinicalCase genetic(GeneticLesion value) {
    Set<GeneticLesion> genetics = elements(values.get("relapse.genetics"), GeneticLesion.class);
    genetics.add(value);
    return set("relapse.genetics", genetics);
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
    LocalDate birthDate = (LocalDate) values.get("patient.birthDate");
    LocalDate relapseDate = (LocalDate) values.get("relapse.date");
    LocalDate diagnosisDate = (LocalDate) values.get("diagnosis.date");
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

  /** The value of every field as sent: the birth date resolved, omitted fields left out. */
  private Map<String, Object> sent() {
    Map<String, Object> sent = new HashMap<>(values);
    sent.put("patient.birthDate", resolvedBirthDate());
    sent.keySet().removeAll(omitted);
    sent.values().removeIf(v -> v == null);
    return sent;
  }

  /**
   * The case for the rules engine.
   *
   * @throws org.relapsecds.rules.model.InvalidCaseException when the case breaks the contract
   */
  public RelapseCase toRelapseCase() {
    Builder b = RelapseCase.builder();
    sent().forEach((path, value) -> FIELDS.get(path).setter().accept(b, value));
    return b.build();
  }

  /** The request as a JSON tree (maps, lists, strings, numbers, booleans), without nulls. */
  Map<String, Object> toRequest() {
    Map<String, Object> root = new LinkedHashMap<>();
    Map<String, Object> sent = sent();
    for (String path : FIELDS.keySet()) {
      Object json = json(sent.get(path));
      if (json != null) {
        place(root, path, json);
      }
    }
    wireValues.forEach((path, value) -> place(root, path, value));
    return root;
  }

  /** Enum constants and dates as text, sets as lists of names (none when empty). */
  private static Object json(Object value) {
    if (value instanceof Enum<?> e) {
      return e.name();
    }
    if (value instanceof LocalDate d) {
      return d.toString();
    }
    if (value instanceof Set<?> set) {
      List<String> names = new ArrayList<>();
      set.forEach(v -> names.add(((Enum<?>) v).name()));
      return names.isEmpty() ? null : names;
    }
    return value;
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
