package org.relapsecds.rules.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.relapsecds.rules.testing.Outcomes.group;
import static org.relapsecds.rules.testing.Outcomes.hsct;
import static org.relapsecds.rules.testing.Outcomes.missing;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.relapsecds.rules.engine.Outcome;
import org.relapsecds.rules.model.HsctDecision;
import org.relapsecds.rules.model.Immunophenotype;
import org.relapsecds.rules.model.MissingData;
import org.relapsecds.rules.model.RelapseCase;
import org.relapsecds.rules.model.RiskStratum;
import org.relapsecds.rules.model.Scheme;
import org.relapsecds.rules.model.SiteClass;
import org.relapsecds.rules.model.TimingCategory;
import org.relapsecds.rules.testing.BundledKnowledgeBase;
import org.relapsecds.rules.testing.Cases;

/** HSCT in CR2 per scheme and group (specification section 5.1), MRD cut-offs included. */
class TransplantIndicationTest {

  @ParameterizedTest(name = "BFM {3} (MRD {4}): HSCT {5}")
  @CsvSource(
      nullValues = "none",
      value = {
        "B_PRECURSOR, ISOLATED_EXTRAMEDULLARY, LATE,       S1, none,                   NOT_INDICATED",
        "B_PRECURSOR, ISOLATED_EXTRAMEDULLARY, LATE,       S1, 0.5,                    NOT_INDICATED",
        "B_PRECURSOR, ISOLATED_MARROW,         LATE,       S2, none,                   PENDING_MRD",
        "B_PRECURSOR, ISOLATED_MARROW,         LATE,       S2, 0.0009999999999999998,  NOT_INDICATED",
        "B_PRECURSOR, ISOLATED_MARROW,         LATE,       S2, 0.001,                  INDICATED",
        "B_PRECURSOR, ISOLATED_MARROW,         LATE,       S2, 0.0010000000000000002,  INDICATED",
        "B_PRECURSOR, ISOLATED_MARROW,         EARLY,      S3, none,                   INDICATED",
        "B_PRECURSOR, ISOLATED_MARROW,         EARLY,      S3, 0,                      INDICATED",
        "B_PRECURSOR, ISOLATED_MARROW,         VERY_EARLY, S4, none,                   INDICATED",
        "T_LINEAGE,   ISOLATED_MARROW,         LATE,       S4, 0,                      INDICATED",
      })
  void bfmTransplantFollowsGroupAndMrdAt1e3(
      Immunophenotype phenotype,
      SiteClass site,
      TimingCategory timing,
      RiskStratum group,
      Double mrd,
      HsctDecision expected) {
    Outcome outcome = evaluate(phenotype, site, timing, mrd);

    assertThat(group(outcome, Scheme.BFM)).isEqualTo(group);
    assertThat(hsct(outcome, Scheme.BFM)).isEqualTo(expected);
    assertThat(missingMrdMentioning(outcome, "BFM S2"))
        .hasSize(expected == HsctDecision.PENDING_MRD ? 1 : 0);
  }

  @ParameterizedTest(name = "UK ALL R3 {3} (MRD {4}): HSCT {5}")
  @CsvSource(
      nullValues = "none",
      value = {
        "B_PRECURSOR, ISOLATED_EXTRAMEDULLARY, LATE,       STANDARD,     none,                   NOT_INDICATED",
        "B_PRECURSOR, ISOLATED_EXTRAMEDULLARY, LATE,       STANDARD,     0.5,                    NOT_INDICATED",
        "B_PRECURSOR, ISOLATED_MARROW,         LATE,       INTERMEDIATE, none,                   PENDING_MRD",
        "B_PRECURSOR, ISOLATED_MARROW,         LATE,       INTERMEDIATE, 9.999999999999999e-05,  NOT_INDICATED",
        "B_PRECURSOR, ISOLATED_MARROW,         LATE,       INTERMEDIATE, 0.0001,                 INDICATED",
        "B_PRECURSOR, ISOLATED_MARROW,         LATE,       INTERMEDIATE, 0.00010000000000000002, INDICATED",
        "B_PRECURSOR, ISOLATED_MARROW,         EARLY,      HIGH,         none,                   INDICATED",
        "T_LINEAGE,   COMBINED,                LATE,       HIGH,         0,                      INDICATED",
      })
  void ukTransplantFollowsGroupAndMrdAt1e4(
      Immunophenotype phenotype,
      SiteClass site,
      TimingCategory timing,
      RiskStratum group,
      Double mrd,
      HsctDecision expected) {
    Outcome outcome = evaluate(phenotype, site, timing, mrd);

    assertThat(group(outcome, Scheme.UK_R3)).isEqualTo(group);
    assertThat(hsct(outcome, Scheme.UK_R3)).isEqualTo(expected);
    assertThat(missingMrdMentioning(outcome, "UK ALL R3"))
        .hasSize(expected == HsctDecision.PENDING_MRD ? 1 : 0);
  }

  @ParameterizedTest(name = "COG {3} (MRD {4}): HSCT {5}")
  @CsvSource(
      nullValues = "none",
      value = {
        "B_PRECURSOR, ISOLATED_MARROW,         LATE,  none, none,                  PENDING_MRD",
        "B_PRECURSOR, ISOLATED_MARROW,         LATE,  LOW,  0.0009999999999999998, NOT_INDICATED",
        "B_PRECURSOR, ISOLATED_MARROW,         LATE,  INTERMEDIATE, 0.001,         INDICATED",
        "B_PRECURSOR, ISOLATED_MARROW,         LATE,  INTERMEDIATE, 0.0010000000000000002, INDICATED",
        "B_PRECURSOR, ISOLATED_MARROW,         EARLY, HIGH, none,                  INDICATED",
        "T_LINEAGE,   ISOLATED_EXTRAMEDULLARY, LATE,  HIGH, 0,                     INDICATED",
      })
  void cogTransplantFollowsGroup(
      Immunophenotype phenotype,
      SiteClass site,
      TimingCategory timing,
      RiskStratum group,
      Double mrd,
      HsctDecision expected) {
    Outcome outcome = evaluate(phenotype, site, timing, mrd);

    assertThat(group(outcome, Scheme.COG)).isEqualTo(group);
    assertThat(hsct(outcome, Scheme.COG)).isEqualTo(expected);
    assertThat(missingMrdMentioning(outcome, "COG: allogeneic HSCT"))
        .hasSize(expected == HsctDecision.PENDING_MRD ? 1 : 0);
  }

  @ParameterizedTest(name = "MRD {0}: BFM S2 {1}, UK intermediate {2}, COG low/intermediate {3}")
  @CsvSource({
    "0.00005, NOT_INDICATED, NOT_INDICATED, NOT_INDICATED",
    "0.0005,  NOT_INDICATED, INDICATED,     NOT_INDICATED",
    "0.005,   INDICATED,     INDICATED,     INDICATED",
  })
  void theSameMrdCanSplitTheSchemes(
      double mrd, HsctDecision bfm, HsctDecision uk, HsctDecision cog) {
    // Late isolated marrow relapse of B-precursor ALL: BFM S2, UK intermediate, COG
    // low/intermediate.
    Outcome outcome =
        evaluate(Immunophenotype.B_PRECURSOR, SiteClass.ISOLATED_MARROW, TimingCategory.LATE, mrd);

    assertThat(hsct(outcome, Scheme.BFM)).isEqualTo(bfm);
    assertThat(hsct(outcome, Scheme.UK_R3)).isEqualTo(uk);
    assertThat(hsct(outcome, Scheme.COG)).isEqualTo(cog);
  }

  /**
   * The BFM/UK timing cases; their late case (52 months) is also COG late, the others COG early.
   */
  private static Outcome evaluate(
      Immunophenotype phenotype, SiteClass site, TimingCategory timing, Double mrd) {
    RelapseCase relapseCase =
        Cases.withBfmTiming(Cases.withSite(Cases.firstRelapse(phenotype), site), timing)
            .mrd(mrd)
            .build();
    return BundledKnowledgeBase.get().evaluate(relapseCase);
  }

  private static java.util.List<MissingData> missingMrdMentioning(Outcome outcome, String text) {
    return missing(outcome, "response.mrd").stream()
        .filter(m -> m.reason().contains(text))
        .toList();
  }
}
