package org.relapsecds.acceptance.steps;

import io.cucumber.java.en.Given;
import java.time.LocalDate;
import java.time.Period;
import java.util.Set;
import org.relapsecds.acceptance.evaluation.ClinicalCase;
import org.relapsecds.rules.model.CnsStatus;
import org.relapsecds.rules.model.ExtramedullarySite;
import org.relapsecds.rules.model.GeneticLesion;
import org.relapsecds.rules.model.Immunophenotype;
import org.relapsecds.rules.model.MarkerStatus;
import org.relapsecds.rules.model.Sex;
import org.relapsecds.rules.model.TesticularInvolvement;

/**
 * The facts of the case, as a clinician states them ("Given" and "And" before any "Then"); each
 * sets a field of the case by its API path.
 */
public class CaseSteps {
  private static ClinicalCase theCase() {
    return ScenarioState.current().clinicalCase();
  }

  @Given("a patient with {phenotype} diagnosed on {date}")
  public void diagnosed(Immunophenotype phenotype, LocalDate date) {
    theCase().diagnosis(date, phenotype);
  }

  @Given("a patient born on {date} with {phenotype} diagnosed on {date}")
  public void bornAndDiagnosed(LocalDate birth, Immunophenotype phenotype, LocalDate date) {
    theCase().birthDate(birth).diagnosis(date, phenotype);
  }

  @Given("the patient was born on {date}")
  public void born(LocalDate birth) {
    theCase().birthDate(birth);
  }

  @Given("the patient is {age} old at relapse")
  public void ageAtRelapse(Period age) {
    theCase().ageAtRelapse(age);
  }

  @Given("the patient was {age} old at diagnosis")
  public void ageAtDiagnosis(Period age) {
    theCase().ageAtDiagnosis(age);
  }

  @Given("the patient is a boy")
  public void boy() {
    theCase().set("patient.sex", Sex.MALE);
  }

  @Given("the patient is a girl")
  public void girl() {
    theCase().set("patient.sex", Sex.FEMALE);
  }

  @Given("the CNS status at diagnosis was {cns}")
  public void cnsAtDiagnosis(CnsStatus status) {
    theCase().set("diagnosis.cnsStatus", status);
  }

  @Given("frontline therapy ended on {date}")
  public void frontlineEnded(LocalDate date) {
    theCase().set("frontlineTherapy.endDate", date);
  }

  @Given("the patient is still on frontline therapy")
  public void stillOnFrontline() {
    theCase().set("frontlineTherapy.endDate", null);
  }

  @Given("frontline therapy was still running")
  public void frontlineStillRunning() {
    theCase().set("frontlineTherapy.endDate", null);
  }

  @Given("the relapse on {date} shows {percent} marrow blasts and {extramedullary}")
  public void relapse(LocalDate date, Double blasts, Set<ExtramedullarySite> extramedullary) {
    theCase().relapse(date, blasts, extramedullary);
  }

  @Given("the CNS status at relapse is {cns}")
  public void cnsAtRelapse(CnsStatus status) {
    theCase().set("relapse.cnsStatus", status);
  }

  @Given("the number of prior regimens is not sent")
  public void priorRegimensNotSent() {
    theCase().set("history.priorRegimens", null);
  }

  @Given("the testicular involvement is unilateral")
  public void unilateral() {
    theCase().set("relapse.testicularInvolvement", TesticularInvolvement.UNILATERAL);
  }

  @Given("the testicular involvement is bilateral")
  public void bilateral() {
    theCase().set("relapse.testicularInvolvement", TesticularInvolvement.BILATERAL);
  }

  @Given("another method found at least 1 % blasts in the same marrow")
  public void confirmedByOtherMethod() {
    theCase().set("relapse.confirmedByOtherMethod", true);
  }

  @Given("the blasts at relapse are {phenotype}")
  public void lineageAtRelapse(Immunophenotype phenotype) {
    theCase().set("relapse.immunophenotype", phenotype);
  }

  @Given("the {antigen} status is {markerStatus}")
  public void marker(String antigen, MarkerStatus status) {
    theCase().set(antigen.equals("CD19") ? "relapse.cd19" : "relapse.cd22", status);
  }

  @Given("the relapse clone carries {genetic}")
  public void genetic(String lesion) {
    theCase().genetic(GeneticLesion.valueOf(lesion));
  }

  @Given("MRD after reinduction is {mrd}")
  public void mrd(Double mrd) {
    theCase().set("response.mrd", mrd);
  }

  @Given("MRD after reinduction has not been measured")
  public void mrdNotMeasured() {
    theCase().set("response.mrd", null);
  }

  @Given("second remission was reached after reinduction")
  public void secondRemission() {
    theCase().set("response.secondRemission", true);
  }

  @Given("no second remission was reached after reinduction")
  public void refractory() {
    theCase().set("response.secondRemission", false);
  }

  @Given("this is the {ordinal} relapse")
  public void relapseNumber(Integer number) {
    theCase().set("relapse.number", number);
  }

  @Given("the relapse number is given as {int}")
  public void relapseNumberGiven(Integer number) {
    theCase().set("relapse.number", number);
  }

  @Given("the patient had an allogeneic stem-cell transplant before this relapse")
  public void priorHsct() {
    theCase().set("history.priorHsct", true);
  }

  @Given("the patient has had {int} prior chemotherapy regimen(s)")
  public void priorRegimens(Integer regimens) {
    theCase().set("history.priorRegimens", regimens);
  }

  @Given("the patient had a hypersensitivity reaction to asparaginase")
  public void asparaginaseHypersensitivity() {
    theCase().set("history.asparaginaseHypersensitivity", true);
  }

  @Given("the patient had cranial irradiation before")
  public void priorCranialIrradiation() {
    theCase().set("history.priorCranialIrradiation", true);
  }

  // Bad input.

  @Given("the {field} is not given")
  public void notGiven(String apiPath) {
    theCase().omit(apiPath);
  }

  @Given("the case id is {int} characters long")
  public void caseIdLength(Integer length) {
    theCase().set("caseId", "c".repeat(length));
  }

  @Given("the request sends {string} as {string}")
  public void wireText(String apiPath, String value) {
    theCase().wireValue(apiPath, value);
  }

  @Given("the request carries an unknown field {string}")
  public void unknownField(String apiPath) {
    theCase().wireValue(apiPath, "unexpected");
  }

  @Given("the request body is not valid JSON")
  public void malformedBody() {
    theCase().rawBody("{\"patient\": {\"birthDate\": \"2010-01-01\",");
  }
}
