package org.relapsecds.acceptance.steps;

import static org.assertj.core.api.Assertions.assertThat;

import io.cucumber.java.en.Then;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.relapsecds.acceptance.evaluation.CaseOutcome;
import org.relapsecds.acceptance.evaluation.CaseOutcome.Finding;
import org.relapsecds.acceptance.evaluation.CaseOutcome.SchemeResult;
import org.relapsecds.acceptance.evaluation.EvaluationResult;
import org.relapsecds.rules.model.Scheme;

/** What the platform must answer ("Then" steps); each failure says what a clinician would see. */
public class OutcomeSteps {
  private static final Set<String> ALL_SCHEMES = Set.of("BFM", "UK_R3", "COG");

  /** The contract leaves the code of an unfavourable finding open: either of these says it. */
  private static final Set<String> UNFAVOURABLE =
      Set.of("UNFAVOURABLE_PROGNOSIS", "HIGH_RISK_GENETICS");

  private static final Set<String> PROGNOSTIC =
      Set.of(
          "UNFAVOURABLE_PROGNOSIS",
          "HIGH_RISK_GENETICS",
          "FAVOURABLE_GENETICS",
          "GLUCOCORTICOID_RESISTANCE",
          "THIOPURINE_RESISTANCE");

  private static CaseOutcome outcome() {
    return ScenarioState.current().outcome();
  }

  private static SchemeResult under(Scheme scheme) {
    CaseOutcome outcome = outcome();
    SchemeResult result = outcome.risk().get(scheme.name());
    assertThat(result)
        .as(
            "assessment under %s (risk: %s, alerts: %s)",
            scheme, outcome.risk(), codes(outcome.alerts()))
        .isNotNull();
    return result;
  }

  // Site, timing, groups.

  @Then("the relapse site is {site}")
  public void site(String site) {
    Expected.equal("Relapse site", site, outcome().site());
  }

  @Then("the {scheme} time to relapse is {timing}")
  public void timing(Scheme scheme, String timing) {
    Expected.equal(Expected.label(scheme) + " time to relapse", timing, under(scheme).timing());
  }

  @Then("the {scheme} (risk )group/stratum is {group}")
  public void group(Scheme scheme, String group) {
    Expected.equal(Expected.label(scheme) + " risk group", group, under(scheme).group());
  }

  @Then("the {scheme} risk group is pending MRD")
  public void groupPending(Scheme scheme) {
    Expected.equal(
        Expected.label(scheme) + " risk group while MRD is unknown", null, under(scheme).group());
    Expected.among(
        "Missing data while the " + Expected.label(scheme) + " group waits for MRD",
        "response.mrd",
        fields(outcome().missingData()));
  }

  @Then("no risk group is assigned under any scheme")
  public void noGroups() {
    assertThat(outcome().risk()).as("risk per scheme").isEmpty();
  }

  // Transplant.

  @Then("transplant is indicated under {scheme}")
  public void hsctIndicated(Scheme scheme) {
    Expected.equal("HSCT under " + Expected.label(scheme), "INDICATED", under(scheme).hsct());
  }

  @Then("transplant is not indicated under {scheme}")
  public void hsctNotIndicated(Scheme scheme) {
    Expected.equal("HSCT under " + Expected.label(scheme), "NOT_INDICATED", under(scheme).hsct());
  }

  @Then("transplant is not performed because there is no second remission under {scheme}")
  public void hsctNotInRemission(Scheme scheme) {
    Expected.equal(
        "HSCT under " + Expected.label(scheme), "NOT_IN_REMISSION", under(scheme).hsct());
  }

  @Then("the {scheme} result says {string}")
  public void schemeReasonSays(Scheme scheme, String text) {
    assertThat(under(scheme).reason()).as("reason under %s", scheme).contains(text);
  }

  @Then("transplant is pending MRD under {scheme}")
  public void hsctPending(Scheme scheme) {
    Expected.equal("HSCT under " + Expected.label(scheme), "PENDING_MRD", under(scheme).hsct());
    Expected.among("Missing data", "response.mrd", fields(outcome().missingData()));
  }

  // Recommendations.

  @Then("{recommendation} is recommended")
  public void recommended(String code) {
    recommendations(code);
  }

  @Then("{recommendation} is not recommended")
  public void notRecommended(String code) {
    Expected.notAmong("Recommendations", code, codes(outcome().recommendations()));
  }

  @Then("{recommendation} is recommended under {schemes}")
  public void recommendedUnder(String code, Set<String> schemes) {
    List<Finding> found = recommendations(code);
    if (found.size() > 1) {
      // Knowledge base v2: blinatumomab consolidation is one recommendation per scheme's rule.
      assertThat(found)
          .as("a %s recommendation under exactly %s", code, schemes)
          .anyMatch(f -> f.schemes().equals(schemes));
      return;
    }
    Set<String> actual = found.get(0).schemes();
    if (schemes.isEmpty() || schemes.equals(ALL_SCHEMES)) {
      // "all schemes": the contract writes it as an empty list; naming all three says the same.
      assertThat(actual.isEmpty() || actual.equals(ALL_SCHEMES))
          .as("%s should follow from every scheme, but follows from %s", code, actual)
          .isTrue();
    } else {
      Expected.equal("Schemes " + code + " follows from", schemes, actual);
    }
  }

  @Then("the rationale for {recommendation} cites {word}")
  public void recommendationCites(String code, String key) {
    Expected.holds(
        recommendations(code).stream().anyMatch(f -> f.evidence().contains(key)),
        "Sources of "
            + code
            + ": expected "
            + key
            + " among them, the rules give "
            + recommendations(code).stream().map(Finding::evidence).toList());
  }

  @Then("the rationale for {recommendation} mentions {string}")
  public void recommendationMentions(String code, String text) {
    assertMentions(recommendation(code).text(), text, code);
  }

  // Alerts.

  @Then("the {alert} alert is raised")
  public void alertRaised(String code) {
    alert(code);
  }

  @Then("the {alert} alert is raised as {severity}")
  public void alertRaisedAs(String code, String severity) {
    Expected.equal("Severity of the " + code + " alert", severity, alert(code).severity());
  }

  @Then("no {alert} alert is raised")
  public void noAlert(String code) {
    Expected.notAmong("Alerts", code, codes(outcome().alerts()));
  }

  @Then("the {alert} alert cites {word}")
  public void alertCites(String code, String key) {
    assertThat(outcome().alerts())
        .as("%s alerts citing %s", code, key)
        .anyMatch(a -> a.code().equals(code) && a.evidence().contains(key));
  }

  @Then("the {alert} alert mentions {string}")
  public void alertMentions(String code, String text) {
    List<Finding> alerts = outcome().alerts().stream().filter(a -> a.code().equals(code)).toList();
    assertThat(alerts).as("%s alerts", code).isNotEmpty();
    assertThat(alerts)
        .as("a %s alert mentioning \"%s\" (messages: %s)", code, text, alerts)
        .anyMatch(a -> mentions(a.text(), text));
  }

  @Then("an unfavourable prognostic alert citing {word} is raised")
  public void unfavourableCiting(String key) {
    assertThat(outcome().alerts())
        .as("an unfavourable alert citing %s", key)
        .anyMatch(a -> UNFAVOURABLE.contains(a.code()) && a.evidence().contains(key));
  }

  @Then("no prognostic alert citing {word} is raised")
  public void noAlertCiting(String key) {
    assertThat(outcome().alerts())
        .as("prognostic alerts citing %s", key)
        .noneMatch(a -> PROGNOSTIC.contains(a.code()) && a.evidence().contains(key));
  }

  // Missing data and explanations.

  @Then("the {field} is reported as missing")
  public void missing(String apiPath) {
    Expected.among("Missing data", apiPath, fields(outcome().missingData()));
  }

  @Then("the {field} is reported as missing for {recommendation}")
  public void missingFor(String apiPath, String code) {
    String agent = code.toLowerCase(Locale.ROOT).replace('_', ' ');
    assertThat(outcome().missingData())
        .as("missing %s, naming %s", apiPath, agent)
        .anyMatch(
            m ->
                m.field().equals(apiPath)
                    && (m.reason().toLowerCase(Locale.ROOT).contains(agent)
                        || m.reason().contains(code)));
  }

  @Then("the {field} is not reported as missing")
  public void notMissing(String apiPath) {
    Expected.notAmong("Missing data", apiPath, fields(outcome().missingData()));
  }

  @Then("an explanation mentions {string}")
  public void explanationMentions(String text) {
    List<String> texts =
        Stream.concat(outcome().recommendations().stream(), outcome().alerts().stream())
            .map(Finding::text)
            .toList();
    assertThat(texts).as("explanations mentioning \"%s\"", text).anyMatch(t -> mentions(t, text));
  }

  @Then("an explanation cites {word}")
  public void explanationCites(String key) {
    assertThat(Stream.concat(outcome().recommendations().stream(), outcome().alerts().stream()))
        .as("explanations citing %s", key)
        .anyMatch(f -> f.evidence().contains(key));
  }

  // Bad input.

  @Then("the case is rejected with an error on {string}")
  public void rejected(String apiPath) {
    EvaluationResult result = ScenarioState.current().result();
    assertThat(result).as("the answer to a bad case").isInstanceOf(EvaluationResult.Rejected.class);
    assertThat(((EvaluationResult.Rejected) result).fields())
        .as("fields named by the errors")
        .contains(apiPath);
  }

  @Then("the case is accepted")
  public void accepted() {
    assertThat(ScenarioState.current().result())
        .as("the answer to a valid case")
        .isInstanceOf(EvaluationResult.Evaluated.class);
  }

  /** Every recommendation with the code; at least one. */
  private static List<Finding> recommendations(String code) {
    List<Finding> found =
        outcome().recommendations().stream().filter(r -> r.code().equals(code)).toList();
    Expected.among("Recommendations", code, codes(outcome().recommendations()));
    return found;
  }

  private static Finding recommendation(String code) {
    List<Finding> found =
        outcome().recommendations().stream().filter(r -> r.code().equals(code)).toList();
    Expected.holds(
        found.size() == 1,
        "Recommendations: expected "
            + code
            + " once, the rules give "
            + codes(outcome().recommendations()));
    return found.get(0);
  }

  private static Finding alert(String code) {
    List<Finding> found = outcome().alerts().stream().filter(a -> a.code().equals(code)).toList();
    Expected.among("Alerts", code, codes(outcome().alerts()));
    return found.get(0);
  }

  private static List<String> codes(List<Finding> findings) {
    return findings.stream().map(Finding::code).toList();
  }

  private static List<String> fields(List<CaseOutcome.Missing> missing) {
    return missing.stream().map(CaseOutcome.Missing::field).toList();
  }

  private static void assertMentions(String haystack, String needle, String what) {
    assertThat(mentions(haystack, needle))
        .as("%s should mention \"%s\" but says: %s", what, needle, haystack)
        .isTrue();
  }

  /**
   * Whether a text quotes a figure or phrase: case-insensitive, the space before "%" optional, and
   * a number not matched inside a longer one ("6 %" is not found in "36 %").
   */
  static boolean mentions(String haystack, String needle) {
    String flat = haystack.replaceAll("\\s+%", "%").toLowerCase(Locale.ROOT);
    String wanted = needle.replaceAll("\\s+%", "%").toLowerCase(Locale.ROOT);
    String boundary = Character.isDigit(wanted.charAt(0)) ? "(?<![\\d.])" : "";
    return Pattern.compile(boundary + Pattern.quote(wanted)).matcher(flat).find();
  }
}
