package org.relapsecds.rules.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.relapsecds.rules.testing.Outcomes.alerts;
import static org.relapsecds.rules.testing.Outcomes.group;
import static org.relapsecds.rules.testing.Outcomes.timing;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.relapsecds.rules.engine.Outcome;
import org.relapsecds.rules.engine.RuleDescriptor;
import org.relapsecds.rules.model.AlertCode;
import org.relapsecds.rules.model.Immunophenotype;
import org.relapsecds.rules.model.RelapseCase;
import org.relapsecds.rules.model.RiskStratum;
import org.relapsecds.rules.model.Scheme;
import org.relapsecds.rules.model.SiteClass;
import org.relapsecds.rules.model.TimingCategory;
import org.relapsecds.rules.testing.BundledKnowledgeBase;
import org.relapsecds.rules.testing.Cases;

/** Every cell of the UK ALL R3 groups (specification section 4.2) and the trial-age note. */
class UkAllR3GroupsTest {

  @ParameterizedTest(name = "{0} {1} relapse, {2}: UK ALL R3 {3}")
  @CsvSource({
    "B_PRECURSOR, ISOLATED_EXTRAMEDULLARY, VERY_EARLY, HIGH",
    "B_PRECURSOR, ISOLATED_EXTRAMEDULLARY, EARLY,      INTERMEDIATE",
    "B_PRECURSOR, ISOLATED_EXTRAMEDULLARY, LATE,       STANDARD",
    "B_PRECURSOR, COMBINED,                VERY_EARLY, HIGH",
    "B_PRECURSOR, COMBINED,                EARLY,      INTERMEDIATE",
    "B_PRECURSOR, COMBINED,                LATE,       INTERMEDIATE",
    "B_PRECURSOR, ISOLATED_MARROW,         VERY_EARLY, HIGH",
    "B_PRECURSOR, ISOLATED_MARROW,         EARLY,      HIGH",
    "B_PRECURSOR, ISOLATED_MARROW,         LATE,       INTERMEDIATE",
    "T_LINEAGE,   ISOLATED_EXTRAMEDULLARY, VERY_EARLY, HIGH",
    "T_LINEAGE,   ISOLATED_EXTRAMEDULLARY, EARLY,      INTERMEDIATE",
    "T_LINEAGE,   ISOLATED_EXTRAMEDULLARY, LATE,       STANDARD",
    "T_LINEAGE,   COMBINED,                VERY_EARLY, HIGH",
    "T_LINEAGE,   COMBINED,                EARLY,      HIGH",
    "T_LINEAGE,   COMBINED,                LATE,       HIGH",
    "T_LINEAGE,   ISOLATED_MARROW,         VERY_EARLY, HIGH",
    "T_LINEAGE,   ISOLATED_MARROW,         EARLY,      HIGH",
    "T_LINEAGE,   ISOLATED_MARROW,         LATE,       HIGH",
  })
  void ukGroupFollowsPhenotypeSiteAndTiming(
      Immunophenotype phenotype, SiteClass site, TimingCategory timing, RiskStratum expected) {
    Outcome outcome = BundledKnowledgeBase.get().evaluate(Cases.bfmCell(phenotype, site, timing));

    assertThat(timing(outcome, Scheme.UK_R3)).isEqualTo(timing);
    assertThat(group(outcome, Scheme.UK_R3)).isEqualTo(expected);
  }

  @Test
  void tLineageIsolatedExtramedullaryRulesAreMarkedUnverified() {
    assertThat(BundledKnowledgeBase.get().rules())
        .filteredOn(r -> r.name().startsWith("UK ALL R3") && r.name().contains("T-lineage"))
        .filteredOn(r -> r.name().contains("extramedullary"))
        .hasSize(3)
        .extracting(RuleDescriptor::status)
        .containsOnly("unverified");
  }

  @ParameterizedTest(name = "born {0}, relapse {1}: outside the UK ALL R3 population = {2}")
  @CsvSource({
    // under 1 year at relapse, and exactly 1 year
    "2015-06-01, 2016-05-31, true",
    "2015-06-01, 2016-06-01, false",
    // 18 years 364 days is still 18 completed years; 19 is outside
    "1997-06-01, 2016-05-31, false",
    "1997-06-01, 2016-06-01, true",
  })
  void ukGroupIsStillGivenOutsideTheTrialAgesWithANote(
      LocalDate birth, LocalDate relapse, boolean outside) {
    // Diagnosed six months before a relapse on therapy: very early isolated marrow, UK high.
    RelapseCase relapseCase =
        Cases.firstRelapse(Immunophenotype.B_PRECURSOR)
            .birthDate(birth)
            .diagnosisDate(relapse.minusMonths(6))
            .endOfTherapyDate(null)
            .relapseDate(relapse)
            .build();

    Outcome outcome = BundledKnowledgeBase.get().evaluate(relapseCase);

    assertThat(group(outcome, Scheme.UK_R3)).isEqualTo(RiskStratum.HIGH);
    assertThat(alerts(outcome, AlertCode.OUTSIDE_TRIAL_POPULATION)).hasSize(outside ? 1 : 0);
  }
}
