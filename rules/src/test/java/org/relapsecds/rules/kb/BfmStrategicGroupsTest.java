package org.relapsecds.rules.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.relapsecds.rules.testing.Outcomes.group;
import static org.relapsecds.rules.testing.Outcomes.timing;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.relapsecds.rules.engine.Outcome;
import org.relapsecds.rules.model.Immunophenotype;
import org.relapsecds.rules.model.RiskStratum;
import org.relapsecds.rules.model.Scheme;
import org.relapsecds.rules.model.SiteClass;
import org.relapsecds.rules.model.TimingCategory;
import org.relapsecds.rules.testing.BundledKnowledgeBase;
import org.relapsecds.rules.testing.Cases;

/** Every cell of the BFM S1-S4 table (specification section 4.1). */
class BfmStrategicGroupsTest {

  @ParameterizedTest(name = "{0} {1} relapse, {2}: BFM {3}")
  @CsvSource({
    "B_PRECURSOR, ISOLATED_EXTRAMEDULLARY, VERY_EARLY, S2",
    "B_PRECURSOR, ISOLATED_EXTRAMEDULLARY, EARLY,      S2",
    "B_PRECURSOR, ISOLATED_EXTRAMEDULLARY, LATE,       S1",
    "B_PRECURSOR, COMBINED,                VERY_EARLY, S4",
    "B_PRECURSOR, COMBINED,                EARLY,      S2",
    "B_PRECURSOR, COMBINED,                LATE,       S2",
    "B_PRECURSOR, ISOLATED_MARROW,         VERY_EARLY, S4",
    "B_PRECURSOR, ISOLATED_MARROW,         EARLY,      S3",
    "B_PRECURSOR, ISOLATED_MARROW,         LATE,       S2",
    "T_LINEAGE,   ISOLATED_EXTRAMEDULLARY, VERY_EARLY, S2",
    "T_LINEAGE,   ISOLATED_EXTRAMEDULLARY, EARLY,      S2",
    "T_LINEAGE,   ISOLATED_EXTRAMEDULLARY, LATE,       S1",
    "T_LINEAGE,   COMBINED,                VERY_EARLY, S4",
    "T_LINEAGE,   COMBINED,                EARLY,      S4",
    "T_LINEAGE,   COMBINED,                LATE,       S4",
    "T_LINEAGE,   ISOLATED_MARROW,         VERY_EARLY, S4",
    "T_LINEAGE,   ISOLATED_MARROW,         EARLY,      S4",
    "T_LINEAGE,   ISOLATED_MARROW,         LATE,       S4",
  })
  void bfmGroupFollowsPhenotypeSiteAndTiming(
      Immunophenotype phenotype, SiteClass site, TimingCategory timing, RiskStratum expected) {
    Outcome outcome = BundledKnowledgeBase.get().evaluate(Cases.bfmCell(phenotype, site, timing));

    assertThat(outcome.site()).contains(site);
    assertThat(timing(outcome, Scheme.BFM)).isEqualTo(timing);
    assertThat(group(outcome, Scheme.BFM)).isEqualTo(expected);
  }
}
