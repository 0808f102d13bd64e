package org.relapsecds.rules.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;

/**
 * The text of every derived fact and outcome item, which the fired-rule trace shows (and the API
 * returns): the records spell out their {@code toString}, and it must stay the record default.
 */
class DerivedFactTextTest {

  private static final List<Record> ONE_OF_EACH =
      List.of(
          new Alert(AlertCode.NOT_COVERED, Severity.WARNING, "Outside the schemes: 5 % or 100 %."),
          new ExtramedullaryInvolvement(ExtramedullarySite.TESTIS),
          new HsctIndication(Scheme.UK_R3, HsctDecision.PENDING_MRD),
          new MarrowStatus(MarrowGrade.M2),
          new MissingData("response.mrd", "UK ALL R3: MRD of 1e-4 or more."),
          new Recommendation(
              RecommendationCode.HSCT_IN_CR2,
              Set.of(Scheme.COG, Scheme.BFM),
              "Allogeneic HSCT in CR2",
              "Indicated, with %s and {} left as they are."),
          new Recommendation(RecommendationCode.REINDUCTION, "Reinduction", "Aim at CR2."),
          new RelapseSite(SiteClass.ISOLATED_EXTRAMEDULLARY),
          new RelapseTiming(Scheme.BFM, TimingCategory.VERY_EARLY),
          new RiskGroup(Scheme.COG, RiskStratum.INTERMEDIATE),
          new RiskGroupPending(Scheme.COG, "LOW or INTERMEDIATE"),
          new RiskSchemesApply(),
          new IsolatedCnsRelapse(),
          new IsolatedTesticularRelapse());

  @Test
  void eachDerivedFactHasItsPinnedText() {
    assertThat(ONE_OF_EACH)
        .map(Object::toString)
        .containsExactly(
            "Alert[code=NOT_COVERED, severity=WARNING, message=Outside the schemes: 5 % or 100 %.]",
            "ExtramedullaryInvolvement[site=TESTIS]",
            "HsctIndication[scheme=UK_R3, decision=PENDING_MRD]",
            "MarrowStatus[grade=M2]",
            "MissingData[field=response.mrd, reason=UK ALL R3: MRD of 1e-4 or more.]",
            "Recommendation[code=HSCT_IN_CR2, schemes=[BFM, COG], title=Allogeneic HSCT in CR2,"
                + " rationale=Indicated, with %s and {} left as they are.]",
            "Recommendation[code=REINDUCTION, schemes=[], title=Reinduction, rationale=Aim at CR2.]",
            "RelapseSite[siteClass=ISOLATED_EXTRAMEDULLARY]",
            "RelapseTiming[scheme=BFM, category=VERY_EARLY]",
            "RiskGroup[scheme=COG, stratum=INTERMEDIATE]",
            "RiskGroupPending[scheme=COG, candidates=LOW or INTERMEDIATE]",
            "RiskSchemesApply[]",
            "IsolatedCnsRelapse[]",
            "IsolatedTesticularRelapse[]");
  }

  @Test
  void theSpelledOutTextIsTheRecordDefault() throws ReflectiveOperationException {
    for (Record fact : ONE_OF_EACH) {
      assertThat(fact.toString()).isEqualTo(recordDefault(fact));
    }
  }

  /** What {@code java.lang.runtime.ObjectMethods} makes of a record: {@code Name[a=x, b=y]}. */
  private static String recordDefault(Record record) throws ReflectiveOperationException {
    StringJoiner text = new StringJoiner(", ", record.getClass().getSimpleName() + "[", "]");
    for (RecordComponent component : record.getClass().getRecordComponents()) {
      text.add(component.getName() + "=" + component.getAccessor().invoke(record));
    }
    return text.toString();
  }
}
