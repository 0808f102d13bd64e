package org.relapsecds.rules.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.relapsecds.rules.testing.Outcomes.group;
import static org.relapsecds.rules.testing.Outcomes.groupPending;
import static org.relapsecds.rules.testing.Outcomes.missing;
import static org.relapsecds.rules.testing.Outcomes.timing;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.relapsecds.rules.engine.Outcome;
import org.relapsecds.rules.model.Immunophenotype;
import org.relapsecds.rules.model.RelapseCase;
import org.relapsecds.rules.model.RiskStratum;
import org.relapsecds.rules.model.Scheme;
import org.relapsecds.rules.model.SiteClass;
import org.relapsecds.rules.model.TimingCategory;
import org.relapsecds.rules.testing.BundledKnowledgeBase;
import org.relapsecds.rules.testing.Cases;

/**
 * Every cell of the COG groups (specification section 4.3): phenotype x site x COG timing x MRD
 * (none, below 1e-3, at or above 1e-3). COG timing is 36 months for marrow relapses and 18 for
 * isolated extramedullary ones, so the cases sit at months that are early or late for their site.
 */
class CogGroupsTest {

  @ParameterizedTest(name = "{0} {1} relapse at {2} months, MRD {3}: COG {4} {5}")
  @CsvSource(
      nullValues = "none",
      value = {
        "B_PRECURSOR, ISOLATED_MARROW,         30, none,  EARLY, HIGH",
        "B_PRECURSOR, ISOLATED_MARROW,         30, 1e-5,  EARLY, HIGH",
        "B_PRECURSOR, ISOLATED_MARROW,         30, 1e-2,  EARLY, HIGH",
        "B_PRECURSOR, ISOLATED_MARROW,         40, none,  LATE,  none",
        "B_PRECURSOR, ISOLATED_MARROW,         40, 5e-4,  LATE,  LOW",
        "B_PRECURSOR, ISOLATED_MARROW,         40, 1e-3,  LATE,  INTERMEDIATE",
        "B_PRECURSOR, COMBINED,                30, none,  EARLY, HIGH",
        "B_PRECURSOR, COMBINED,                30, 5e-4,  EARLY, HIGH",
        "B_PRECURSOR, COMBINED,                40, none,  LATE,  none",
        "B_PRECURSOR, COMBINED,                40, 5e-4,  LATE,  LOW",
        "B_PRECURSOR, COMBINED,                40, 2e-3,  LATE,  INTERMEDIATE",
        "B_PRECURSOR, ISOLATED_EXTRAMEDULLARY, 12, none,  EARLY, HIGH",
        "B_PRECURSOR, ISOLATED_EXTRAMEDULLARY, 12, 5e-4,  EARLY, HIGH",
        "B_PRECURSOR, ISOLATED_EXTRAMEDULLARY, 24, none,  LATE,  none",
        "B_PRECURSOR, ISOLATED_EXTRAMEDULLARY, 24, 5e-4,  LATE,  LOW",
        "B_PRECURSOR, ISOLATED_EXTRAMEDULLARY, 24, 1e-3,  LATE,  INTERMEDIATE",
        "T_LINEAGE,   ISOLATED_MARROW,         30, none,  EARLY, HIGH",
        "T_LINEAGE,   ISOLATED_MARROW,         40, none,  LATE,  HIGH",
        "T_LINEAGE,   ISOLATED_MARROW,         40, 5e-4,  LATE,  HIGH",
        "T_LINEAGE,   COMBINED,                30, none,  EARLY, HIGH",
        "T_LINEAGE,   COMBINED,                40, 5e-4,  LATE,  HIGH",
        "T_LINEAGE,   ISOLATED_EXTRAMEDULLARY, 12, none,  EARLY, HIGH",
        "T_LINEAGE,   ISOLATED_EXTRAMEDULLARY, 24, none,  LATE,  HIGH",
        "T_LINEAGE,   ISOLATED_EXTRAMEDULLARY, 24, 5e-4,  LATE,  HIGH",
      })
  void cogGroupFollowsPhenotypeSiteTimingAndMrd(
      Immunophenotype phenotype,
      SiteClass site,
      int monthsFromDiagnosis,
      Double mrd,
      TimingCategory timing,
      RiskStratum expected) {
    RelapseCase relapseCase =
        Cases.monthsAfterDiagnosis(
                Cases.withSite(Cases.firstRelapse(phenotype), site), monthsFromDiagnosis)
            .mrd(mrd)
            .build();

    Outcome outcome = BundledKnowledgeBase.get().evaluate(relapseCase);

    assertThat(timing(outcome, Scheme.COG)).isEqualTo(timing);
    assertThat(group(outcome, Scheme.COG)).isEqualTo(expected);
    boolean pending = expected == null;
    assertThat(groupPending(outcome, Scheme.COG)).isEqualTo(pending ? "LOW or INTERMEDIATE" : null);
    if (pending) {
      assertThat(missing(outcome, "response.mrd")).isNotEmpty();
    }
  }
}
