package org.relapsecds.api.authoring.gate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.relapsecds.rules.engine.KnowledgeBase;
import org.relapsecds.rules.engine.Outcome;
import org.relapsecds.rules.engine.SchemeAssessment;
import org.relapsecds.rules.model.CnsStatus;
import org.relapsecds.rules.model.ExtramedullarySite;
import org.relapsecds.rules.model.HsctDecision;
import org.relapsecds.rules.model.Immunophenotype;
import org.relapsecds.rules.model.RelapseCase;
import org.relapsecds.rules.model.RiskStratum;
import org.relapsecds.rules.model.Scheme;
import org.relapsecds.rules.model.TesticularInvolvement;
import org.relapsecds.rules.model.TimingCategory;

/**
 * The example vignettes of the clinical specification (section 9) with their expected timing, risk
 * group and transplant indication per scheme.
 *
 * <p>The check refuses a candidate that breaks an expectation the active knowledge base meets (a
 * regression). An expectation that neither meets is not reported here: the active rules already
 * fail it, and refusing every draft for it would block the very edit that repairs it. The bundled
 * rules meet all of them, so from a bundled start this is the strict check.
 */
public final class VignetteReferenceCheck implements ReferenceCheck {
  private static final LocalDate D0 = LocalDate.of(2015, 1, 10);
  private static final LocalDate DEOT = LocalDate.of(2017, 1, 10);
  private static final LocalDate BIRTH = LocalDate.of(2008, 3, 1);

  /** One expected value of a vignette's outcome. */
  record Expectation(String field, Function<Outcome, Object> actual, Object expected) {}

  /** A vignette with its expectations. */
  record Vignette(String name, RelapseCase relapseCase, List<Expectation> expectations) {}

  private final List<Vignette> vignettes = vignettes();

  @Override
  public String name() {
    return "reference vignettes (clinical specification, section 9)";
  }

  @Override
  public List<RelapseCase> cases(KnowledgeBase knowledgeBase) {
    return vignettes.stream().map(Vignette::relapseCase).toList();
  }

  @Override
  public List<GateFailure> check(KnowledgeBase candidate, KnowledgeBase active) {
    List<GateFailure> failures = new ArrayList<>();
    for (Vignette vignette : vignettes) {
      Outcome draft = evaluate(candidate, vignette.relapseCase());
      Outcome now = evaluate(active, vignette.relapseCase());
      for (Expectation e : vignette.expectations()) {
        Object expected = e.expected();
        Object draftValue = draft == null ? "an evaluation error" : e.actual().apply(draft);
        Object activeValue = now == null ? null : e.actual().apply(now);
        if (!Objects.equals(expected, draftValue) && Objects.equals(expected, activeValue)) {
          failures.add(
              new GateFailure(
                  "reference",
                  null,
                  0,
                  0,
                  "Vignette \""
                      + vignette.name()
                      + "\": "
                      + e.field()
                      + ": expected "
                      + expected
                      + ", the draft gives "
                      + (draftValue == null ? "nothing" : draftValue)
                      + " (the active rules give "
                      + expected
                      + ")"));
        }
      }
    }
    return failures;
  }

  private static Outcome evaluate(KnowledgeBase kb, RelapseCase relapseCase) {
    try {
      return kb.evaluate(relapseCase);
    } catch (RuntimeException e) {
      return null;
    }
  }

  static List<Vignette> vignettes() {
    List<Vignette> list = new ArrayList<>();
    list.add(
        new Vignette(
            "BCP, marrow 60 %, no EM, relapse at 12 months on therapy",
            base(Immunophenotype.B_PRECURSOR, 60)
                .endOfTherapyDate(null)
                .relapseDate(LocalDate.of(2016, 1, 10))
                .build(),
            expectations(
                Map.of(
                    Scheme.BFM, TimingCategory.VERY_EARLY,
                    Scheme.COG, TimingCategory.EARLY),
                Map.of(
                    Scheme.BFM, RiskStratum.S4,
                    Scheme.UK_R3, RiskStratum.HIGH,
                    Scheme.COG, RiskStratum.HIGH),
                Map.of(
                    Scheme.BFM, HsctDecision.INDICATED,
                    Scheme.UK_R3, HsctDecision.INDICATED,
                    Scheme.COG, HsctDecision.INDICATED))));
    list.add(
        new Vignette(
            "BCP, marrow 2 %, CNS3, relapse at 52 months",
            base(Immunophenotype.B_PRECURSOR, 2)
                .relapseDate(LocalDate.of(2019, 5, 10))
                .extramedullarySites(ExtramedullarySite.CNS)
                .relapseCnsStatus(CnsStatus.CNS3)
                .build(),
            expectations(
                Map.of(Scheme.BFM, TimingCategory.LATE, Scheme.COG, TimingCategory.LATE),
                Map.of(Scheme.BFM, RiskStratum.S1, Scheme.UK_R3, RiskStratum.STANDARD),
                Map.of(
                    Scheme.BFM, HsctDecision.NOT_INDICATED,
                    Scheme.UK_R3, HsctDecision.NOT_INDICATED,
                    Scheme.COG, HsctDecision.PENDING_MRD))));
    list.add(
        new Vignette(
            "T-lineage, marrow 40 %, no EM, relapse at 50 months",
            base(Immunophenotype.T_LINEAGE, 40).relapseDate(LocalDate.of(2019, 3, 10)).build(),
            expectations(
                Map.of(Scheme.BFM, TimingCategory.LATE, Scheme.COG, TimingCategory.LATE),
                Map.of(
                    Scheme.BFM, RiskStratum.S4,
                    Scheme.UK_R3, RiskStratum.HIGH,
                    Scheme.COG, RiskStratum.HIGH),
                Map.of(
                    Scheme.BFM, HsctDecision.INDICATED,
                    Scheme.UK_R3, HsctDecision.INDICATED,
                    Scheme.COG, HsctDecision.INDICATED))));
    list.add(
        new Vignette(
            "BCP, marrow 35 %, no EM, relapse at 42 months, MRD 2e-4",
            base(Immunophenotype.B_PRECURSOR, 35)
                .relapseDate(LocalDate.of(2018, 7, 10))
                .mrd(2e-4)
                .build(),
            expectations(
                Map.of(Scheme.BFM, TimingCategory.LATE, Scheme.COG, TimingCategory.LATE),
                Map.of(
                    Scheme.BFM, RiskStratum.S2,
                    Scheme.UK_R3, RiskStratum.INTERMEDIATE,
                    Scheme.COG, RiskStratum.LOW),
                Map.of(
                    Scheme.BFM, HsctDecision.NOT_INDICATED,
                    Scheme.UK_R3, HsctDecision.INDICATED,
                    Scheme.COG, HsctDecision.NOT_INDICATED))));
    // Knowledge base v2 (specification section 10, changes 1 and 2).
    list.add(
        new Vignette(
            "BCP, marrow 30 %, testicular laterality without TESTIS listed, early relapse (v2)",
            base(Immunophenotype.B_PRECURSOR, 30)
                .relapseDate(LocalDate.of(2017, 3, 10))
                .testicularInvolvement(TesticularInvolvement.UNILATERAL)
                .build(),
            expectations(
                Map.of(Scheme.BFM, TimingCategory.EARLY, Scheme.COG, TimingCategory.EARLY),
                Map.of(
                    Scheme.BFM, RiskStratum.S3,
                    Scheme.UK_R3, RiskStratum.HIGH,
                    Scheme.COG, RiskStratum.HIGH),
                Map.of(
                    Scheme.BFM, HsctDecision.INDICATED,
                    Scheme.UK_R3, HsctDecision.INDICATED,
                    Scheme.COG, HsctDecision.INDICATED))));
    list.add(
        new Vignette(
            "BCP, marrow 60 %, no EM, relapse at 12 months, no second remission (v2)",
            base(Immunophenotype.B_PRECURSOR, 60)
                .endOfTherapyDate(null)
                .relapseDate(LocalDate.of(2016, 1, 10))
                .secondRemission(false)
                .build(),
            expectations(
                Map.of(Scheme.BFM, TimingCategory.VERY_EARLY),
                Map.of(Scheme.BFM, RiskStratum.S4),
                Map.of(
                    Scheme.BFM, HsctDecision.NOT_IN_REMISSION,
                    Scheme.UK_R3, HsctDecision.NOT_IN_REMISSION,
                    Scheme.COG, HsctDecision.NOT_IN_REMISSION))));
    return List.copyOf(list);
  }

  private static RelapseCase.Builder base(Immunophenotype phenotype, double marrow) {
    return RelapseCase.builder()
        .birthDate(BIRTH)
        .diagnosisDate(D0)
        .endOfTherapyDate(DEOT)
        .diagnosisImmunophenotype(phenotype)
        .relapseNumber(1)
        .marrowBlastPercent(marrow)
        .secondRemission(true);
  }

  private static List<Expectation> expectations(
      Map<Scheme, TimingCategory> timing,
      Map<Scheme, RiskStratum> groups,
      Map<Scheme, HsctDecision> hsct) {
    List<Expectation> list = new ArrayList<>();
    new LinkedHashMap<>(timing)
        .forEach(
            (scheme, value) ->
                list.add(
                    new Expectation(
                        scheme + " timing",
                        o -> field(o, scheme, SchemeAssessment::timing),
                        value)));
    groups.forEach(
        (scheme, value) ->
            list.add(
                new Expectation(
                    scheme + " risk group",
                    o -> field(o, scheme, SchemeAssessment::group),
                    value)));
    hsct.forEach(
        (scheme, value) ->
            list.add(
                new Expectation(
                    scheme + " HSCT", o -> field(o, scheme, SchemeAssessment::hsct), value)));
    return list;
  }

  private static Object field(
      Outcome outcome, Scheme scheme, Function<SchemeAssessment, Object> getter) {
    return outcome.assessment(scheme).map(getter).orElse(null);
  }
}
