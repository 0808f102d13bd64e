@bad-input
Feature: Bad input gets a clear error naming the field
  A case that breaks the contract is refused, naming each offending field by its API path, never
  answered with a guess or a server error. In-process the case builder refuses it; over HTTP the
  server answers 400 with a problem document whose errors name the field.

  Background:
    Given a patient with B-precursor ALL diagnosed on 10 January 2015
    And frontline therapy ended on 10 January 2017
    And the relapse on 10 July 2018 shows 35 % marrow blasts and no extramedullary disease

  Scenario: the complete reference case is accepted
    Then the case is accepted

  Scenario Outline: a case without the <fact> is refused
    Given the <fact> is not given
    Then the case is rejected with an error on "<field>"

    Examples:
      | fact                    | field                      |
      | date of birth           | patient.birthDate          |
      | date of diagnosis       | diagnosis.date             |
      | immunophenotype         | diagnosis.immunophenotype  |
      | relapse date            | relapse.date               |
      | marrow blast percentage | relapse.marrowBlastPercent |

  Scenario Outline: marrow blasts of <blasts> are refused
    Given the relapse on 10 July 2018 shows <blasts> marrow blasts and no extramedullary disease
    Then the case is rejected with an error on "relapse.marrowBlastPercent"

    Examples:
      | blasts  |
      | -1 %    |
      | 100.1 % |
      | 120 %   |

  Scenario: MRD above 1 (100 %) is refused
    Given MRD after reinduction is 150 %
    Then the case is rejected with an error on "response.mrd"

  Scenario: relapse number 0 is refused
    Given the relapse number is given as 0
    Then the case is rejected with an error on "relapse.number"

  Scenario: a case id longer than 64 characters is refused
    Given the case id is 65 characters long
    Then the case is rejected with an error on "caseId"

  Scenario: a case id of 64 characters is accepted
    Given the case id is 64 characters long
    Then the case is accepted

  Scenario: a relapse before the diagnosis is refused
    Given the patient is still on frontline therapy
    And the relapse on 10 December 2014 shows 35 % marrow blasts and no extramedullary disease
    Then the case is rejected with an error on "relapse.date"

  Scenario: an end of therapy before the diagnosis is refused
    Given frontline therapy ended on 10 December 2014
    Then the case is rejected with an error on "frontlineTherapy.endDate"

  Scenario: an end of therapy after the relapse is refused
    Given frontline therapy ended on 10 August 2018
    Then the case is rejected with an error on "frontlineTherapy.endDate"

  Scenario: a birth after the diagnosis is refused
    Given the patient was born on 11 January 2015
    Then the case is rejected with an error on "patient.birthDate"

  Scenario: a birth on the day of diagnosis is accepted
    Given the patient was born on 10 January 2015
    Then the case is accepted

  @http-only
  Scenario: a relapse date in the future is refused
    Given the relapse on 10 July 2099 shows 35 % marrow blasts and no extramedullary disease
    Then the case is rejected with an error on "relapse.date"

  @http-only
  Scenario: an unknown immunophenotype word is refused
    Given the request sends "diagnosis.immunophenotype" as "MYELOID"
    Then the case is rejected with an error on "diagnosis.immunophenotype"

  @http-only
  Scenario: a marrow blast percentage written as text is refused
    Given the request sends "relapse.marrowBlastPercent" as "many"
    Then the case is rejected with an error on "relapse.marrowBlastPercent"

  @http-only
  Scenario: an unknown property is rejected, not ignored
    Given the request carries an unknown field "patient.weight"
    Then the case is rejected with an error on "patient.weight"
