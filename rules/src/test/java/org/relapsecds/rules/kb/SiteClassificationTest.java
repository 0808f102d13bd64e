package org.relapsecds.rules.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.relapsecds.rules.testing.Outcomes.alerts;
import static org.relapsecds.rules.testing.Outcomes.recommendations;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.relapsecds.rules.engine.Outcome;
import org.relapsecds.rules.model.Alert;
import org.relapsecds.rules.model.AlertCode;
import org.relapsecds.rules.model.CnsStatus;
import org.relapsecds.rules.model.ExtramedullarySite;
import org.relapsecds.rules.model.Immunophenotype;
import org.relapsecds.rules.model.MarrowGrade;
import org.relapsecds.rules.model.Recommendation;
import org.relapsecds.rules.model.RecommendationCode;
import org.relapsecds.rules.model.RelapseCase;
import org.relapsecds.rules.model.SiteClass;
import org.relapsecds.rules.model.TesticularInvolvement;
import org.relapsecds.rules.testing.BundledKnowledgeBase;
import org.relapsecds.rules.testing.Cases;

/** Site of relapse (specification section 2): marrow grade, counted sites, site class. */
class SiteClassificationTest {

  private static Outcome evaluate(RelapseCase.Builder builder) {
    return BundledKnowledgeBase.get().evaluate(builder.build());
  }

  private static RelapseCase.Builder bcp() {
    return Cases.firstRelapse(Immunophenotype.B_PRECURSOR);
  }

  @ParameterizedTest(name = "{0} % blasts is {1}")
  @CsvSource({
    "0,    M1",
    "4.9,  M1",
    "4.99, M1",
    "5,    M2",
    "5.1,  M2",
    "24.9, M2",
    "25,   M3",
    "25.1, M3",
    "100,  M3",
  })
  void marrowGradeCutsAt5And25Percent(double blasts, MarrowGrade grade) {
    assertThat(evaluate(bcp().marrowBlastPercent(blasts)).marrow()).contains(grade);
  }

  @ParameterizedTest(name = "{0} % blasts, EM sites [{1}], confirmed {2}: {3}")
  @CsvSource({
    "60,   '',         false, ISOLATED_MARROW",
    "25,   '',         false, ISOLATED_MARROW",
    "24.9, '',         false, NOT_ESTABLISHED",
    "24.9, '',         true,  ISOLATED_MARROW",
    "5,    '',         true,  ISOLATED_MARROW",
    "5,    '',         false, NOT_ESTABLISHED",
    "4.9,  '',         true,  NOT_ESTABLISHED",
    "4.9,  '',         false, NOT_ESTABLISHED",
    "60,   TESTIS,     false, COMBINED",
    "5,    OTHER,      false, COMBINED",
    "4.9,  OTHER,      false, ISOLATED_EXTRAMEDULLARY",
    "0,    TESTIS OTHER, false, ISOLATED_EXTRAMEDULLARY",
  })
  void siteClassFollowsMarrowGradeAndExtramedullarySites(
      double blasts, String sites, boolean confirmed, SiteClass expected) {
    Outcome outcome =
        evaluate(
            bcp()
                .marrowBlastPercent(blasts)
                .extramedullarySites(parseSites(sites))
                .confirmedByOtherMethod(confirmed));

    assertThat(outcome.site()).contains(expected);
  }

  @ParameterizedTest(name = "CNS listed {0}, CNS status at relapse {1}: CNS counts {2}")
  @CsvSource(
      nullValues = "none",
      value = {
        "true,  CNS3, true",
        "false, CNS3, true",
        "true,  none, true",
        "true,  CNS2, false",
        "true,  CNS1, false",
        "false, CNS2, false",
        "false, none, false",
      })
  void cnsCountsOnlyWithCns3OrWhenListedWithoutStatus(
      boolean listed, CnsStatus status, boolean counts) {
    Outcome outcome =
        evaluate(
            bcp()
                .marrowBlastPercent(1)
                .extramedullarySites(listed ? Set.of(ExtramedullarySite.CNS) : Set.of())
                .relapseCnsStatus(status));

    assertThat(outcome.site())
        .contains(counts ? SiteClass.ISOLATED_EXTRAMEDULLARY : SiteClass.NOT_ESTABLISHED);
    boolean listedButNotCounted = listed && !counts;
    assertThat(alerts(outcome, AlertCode.CNS_NOT_COUNTED)).hasSize(listedButNotCounted ? 1 : 0);
  }

  @Test
  void cnsListedWithCns2SaysWhyItIsNotCountedAndAsksForARepeatLumbarPuncture() {
    Outcome outcome =
        evaluate(
            bcp()
                .marrowBlastPercent(60)
                .extramedullarySites(ExtramedullarySite.CNS)
                .relapseCnsStatus(CnsStatus.CNS2));

    assertThat(outcome.site()).contains(SiteClass.ISOLATED_MARROW);
    assertThat(alerts(outcome, AlertCode.CNS_NOT_COUNTED))
        .singleElement()
        .extracting(Alert::message)
        .asString()
        .contains("CNS2")
        .contains("CNS3");
    assertThat(recommendations(outcome, RecommendationCode.REPEAT_LUMBAR_PUNCTURE)).hasSize(1);
  }

  @Test
  void cns2AtRelapseAsksForARepeatLumbarPunctureEvenWhenCnsIsNotListed() {
    Outcome outcome = evaluate(bcp().marrowBlastPercent(60).relapseCnsStatus(CnsStatus.CNS2));

    assertThat(recommendations(outcome, RecommendationCode.REPEAT_LUMBAR_PUNCTURE)).hasSize(1);
    assertThat(alerts(outcome, AlertCode.CNS_NOT_COUNTED)).isEmpty();
  }

  @ParameterizedTest(name = "testicular involvement {0}, TESTIS listed {1}: counted {2}")
  @CsvSource({"UNILATERAL, false, false", "BILATERAL, false, false", "UNILATERAL, true, true"})
  void testicularInvolvementCountsOnlyWhenTestisIsListed(
      TesticularInvolvement side, boolean listed, boolean counted) {
    Outcome outcome =
        evaluate(
            bcp()
                .marrowBlastPercent(0)
                .testicularInvolvement(side)
                .extramedullarySites(listed ? Set.of(ExtramedullarySite.TESTIS) : Set.of()));

    assertThat(outcome.site())
        .contains(counted ? SiteClass.ISOLATED_EXTRAMEDULLARY : SiteClass.NOT_ESTABLISHED);
    assertThat(
            org.relapsecds.rules.testing.Outcomes.derivedCount(
                outcome, "ExtramedullaryInvolvement[site=TESTIS]"))
        .isEqualTo(counted ? 1 : 0);
    assertThat(alerts(outcome, AlertCode.INCONSISTENT_INPUT)).hasSize(counted ? 0 : 1);
  }

  @ParameterizedTest(name = "{0} % blasts without EM: confirm the relapse by {1}")
  @CsvSource({"10, another method", "3, repeat the marrow"})
  void aRelapseThatIsNotEstablishedAsksForConfirmation(double blasts, String how) {
    Outcome outcome = evaluate(bcp().marrowBlastPercent(blasts));

    assertThat(outcome.site()).contains(SiteClass.NOT_ESTABLISHED);
    assertThat(outcome.risk()).isEmpty();
    assertThat(recommendations(outcome, RecommendationCode.CONFIRM_RELAPSE))
        .singleElement()
        .extracting(Recommendation::title)
        .asString()
        .containsIgnoringCase(how);
    assertThat(alerts(outcome, AlertCode.SCHEMES_NOT_APPLICABLE)).hasSize(1);
  }

  @Test
  void isolatedExtramedullaryRelapseAsksForMarrowMrd() {
    Outcome isolatedEm = evaluate(Cases.withSite(bcp(), SiteClass.ISOLATED_EXTRAMEDULLARY));
    Outcome combined = evaluate(Cases.withSite(bcp(), SiteClass.COMBINED));

    assertThat(recommendations(isolatedEm, RecommendationCode.MEASURE_MARROW_MRD)).hasSize(1);
    assertThat(recommendations(combined, RecommendationCode.MEASURE_MARROW_MRD)).isEmpty();
  }

  private static Set<ExtramedullarySite> parseSites(String text) {
    Set<ExtramedullarySite> sites = EnumSet.noneOf(ExtramedullarySite.class);
    for (String name : text.trim().split("\\s+")) {
      if (!name.isEmpty()) {
        sites.add(ExtramedullarySite.valueOf(name));
      }
    }
    return sites;
  }
}
