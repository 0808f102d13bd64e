package org.relapsecds.acceptance.steps;

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

/**
 * What the platform must answer ("Then" steps); each failure says what a clinician would see.
 *
 * <p>Longer than most classes (about 400 lines) for a reason: it is the one vocabulary of outcome
 * steps QA write against, and most of its length is the failure sentences, which the publishing
 * gate shows to rule editors word for word, so each step spells out its expected and actual values.
 */
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
    Expected.holds(
        result != null,
        Expected.label(scheme)
            + " assessment: expected one, the rules give none (schemes assessed: "
            + Expected.listed(outcome.risk().keySet())
            + "; alerts: "
            + Expected.listed(codes(outcome.alerts()))
            + ")");
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
    Expected.none("Risk groups", outcome().risk().keySet());
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
    String reason = under(scheme).reason();
    Expected.holds(
        reason != null && reason.contains(text),
        "The "
            + Expected.label(scheme)
            + " result: expected it to say \""
            + text
            + "\", the rules say: "
            + reason);
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
      Expected.holds(
          found.stream().anyMatch(f -> f.schemes().equals(schemes)),
          "Schemes "
              + code
              + " follows from: expected one recommendation under exactly "
              + schemes
              + ", the rules give "
              + found.stream().map(Finding::schemes).toList());
      return;
    }
    Set<String> actual = found.get(0).schemes();
    if (schemes.isEmpty() || schemes.equals(ALL_SCHEMES)) {
      // "all schemes": the contract writes it as an empty list; naming all three says the same.
      Expected.holds(
          actual.isEmpty() || actual.equals(ALL_SCHEMES),
          "Schemes "
              + code
              + " follows from: expected every scheme, the rules give "
              + Expected.listed(actual));
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
    Expected.holds(
        outcome().alerts().stream()
            .anyMatch(a -> a.code().equals(code) && a.evidence().contains(key)),
        "Sources of the "
            + code
            + " alert: expected "
            + key
            + " among them, the rules give "
            + evidence(outcome().alerts(), code));
  }

  @Then("the {alert} alert mentions {string}")
  public void alertMentions(String code, String text) {
    alert(code);
    List<String> texts =
        outcome().alerts().stream().filter(a -> a.code().equals(code)).map(Finding::text).toList();
    Expected.holds(
        texts.stream().anyMatch(t -> mentions(t, text)),
        "The "
            + code
            + " alert: expected it to mention \""
            + text
            + "\", the rules say: "
            + String.join(" / ", texts));
  }

  @Then("an unfavourable prognostic alert citing {word} is raised")
  public void unfavourableCiting(String key) {
    Expected.holds(
        outcome().alerts().stream()
            .anyMatch(a -> UNFAVOURABLE.contains(a.code()) && a.evidence().contains(key)),
        "Unfavourable prognostic alerts: expected one citing "
            + key
            + ", the rules give "
            + citations(outcome().alerts(), UNFAVOURABLE));
  }

  @Then("no prognostic alert citing {word} is raised")
  public void noAlertCiting(String key) {
    Expected.holds(
        outcome().alerts().stream()
            .noneMatch(a -> PROGNOSTIC.contains(a.code()) && a.evidence().contains(key)),
        "Prognostic alerts: expected none citing "
            + key
            + ", the rules give "
            + citations(outcome().alerts(), PROGNOSTIC));
  }

  // Missing data and explanations.

  @Then("the {field} is reported as missing")
  public void missing(String apiPath) {
    Expected.among("Missing data", apiPath, fields(outcome().missingData()));
  }

  @Then("the {field} is reported as missing for {recommendation}")
  public void missingFor(String apiPath, String code) {
    String agent = code.toLowerCase(Locale.ROOT).replace('_', ' ');
    Expected.holds(
        outcome().missingData().stream()
            .anyMatch(
                m ->
                    m.field().equals(apiPath)
                        && (m.reason().toLowerCase(Locale.ROOT).contains(agent)
                            || m.reason().contains(code))),
        "Missing data: expected "
            + apiPath
            + " for "
            + code
            + ", the rules give "
            + Expected.listed(
                outcome().missingData().stream()
                    .map(m -> m.field() + " (" + m.reason() + ")")
                    .toList()));
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
    Expected.holds(
        texts.stream().anyMatch(t -> mentions(t, text)),
        "Explanations: expected one mentioning \""
            + text
            + "\", the rules explain: "
            + String.join(" / ", texts));
  }

  @Then("an explanation cites {word}")
  public void explanationCites(String key) {
    List<Finding> findings =
        Stream.concat(outcome().recommendations().stream(), outcome().alerts().stream()).toList();
    Expected.among(
        "Sources of the explanations",
        key,
        findings.stream().flatMap(f -> f.evidence().stream()).distinct().toList());
  }

  // Bad input.

  @Then("the case is rejected with an error on {string}")
  public void rejected(String apiPath) {
    EvaluationResult result = ScenarioState.current().result();
    Expected.holds(
        result instanceof EvaluationResult.Rejected,
        "The answer to a bad case: expected it rejected with an error on "
            + apiPath
            + ", the platform evaluated it");
    Expected.among(
        "Fields named by the errors", apiPath, ((EvaluationResult.Rejected) result).fields());
  }

  @Then("the case is accepted")
  public void accepted() {
    if (ScenarioState.current().result() instanceof EvaluationResult.Rejected rejected) {
      throw new AssertionError(
          "The answer to a valid case: expected an evaluation, the platform rejected it, fields "
              + rejected.fields()
              + ": "
              + rejected.detail());
    }
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

  private static List<List<String>> evidence(List<Finding> findings, String code) {
    return findings.stream().filter(f -> f.code().equals(code)).map(Finding::evidence).toList();
  }

  /** "HIGH_RISK_GENETICS citing [Key1, Key2]" for the findings of the given codes. */
  private static String citations(List<Finding> findings, Set<String> ofCodes) {
    return Expected.listed(
        findings.stream()
            .filter(f -> ofCodes.contains(f.code()))
            .map(f -> f.code() + " citing " + f.evidence())
            .toList());
  }

  private static List<String> codes(List<Finding> findings) {
    return findings.stream().map(Finding::code).toList();
  }

  private static List<String> fields(List<CaseOutcome.Missing> missing) {
    return missing.stream().map(CaseOutcome.Missing::field).toList();
  }

  private static void assertMentions(String haystack, String needle, String what) {
    Expected.holds(
        mentions(haystack, needle),
        "The rationale for "
            + what
            + ": expected it to mention \""
            + needle
            + "\", it says: "
            + haystack);
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
