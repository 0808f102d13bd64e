@refractory
Feature: Refractory disease, later relapse and relapse after transplant
  Without CR2 after reinduction, in a second or later relapse, or after an allogeneic HSCT, the
  standard arm stops: a clinical trial or a novel agent, HSCT only once in remission. The first-relapse
  schemes do not apply to a later relapse or a relapse after HSCT (clinical specification, 4.4 and 6).

  Background:
    Given a patient with B-precursor ALL diagnosed on 10 January 2015
    And frontline therapy ended on 10 January 2017

  @Locatelli2012
  Scenario: no second remission after reinduction: clinical trial or novel agent, no HSCT in CR2
    Given the relapse on 10 May 2017 shows 60 % marrow blasts and no extramedullary disease
    And no second remission was reached after reinduction
    Then a clinical trial is recommended
    And HSCT in second remission is not recommended

  @Locatelli2012
  Scenario: second remission reached: no trial is needed for the relapse itself
    Given the relapse on 10 July 2018 shows 35 % marrow blasts and no extramedullary disease
    And second remission was reached after reinduction
    And MRD after reinduction is 10^-5
    Then a clinical trial is not recommended

  @Reismuller2013 @Locatelli2012
  Scenario Outline: a <ordinal> relapse: no first-relapse group, and a clinical trial
    Given the relapse on 10 July 2018 shows 35 % marrow blasts and no extramedullary disease
    And this is the <ordinal> relapse
    And the patient has had <regimens> prior chemotherapy regimens
    Then no risk group is assigned under any scheme
    And the schemes not applicable alert is raised
    And a clinical trial is recommended

    Examples:
      | ordinal | regimens |
      | second  | 2        |
      | third   | 3        |

  @Reismuller2013
  Scenario: a relapse after allogeneic HSCT: no first-relapse group, and a clinical trial
    Given the relapse on 10 July 2018 shows 35 % marrow blasts and no extramedullary disease
    And the patient had an allogeneic stem-cell transplant before this relapse
    Then no risk group is assigned under any scheme
    And the schemes not applicable alert is raised
    And a clinical trial is recommended

  @Reismuller2013
  Scenario: after a second relapse the outcome quotes long-term remission in 9 %
    Given the relapse on 10 July 2018 shows 35 % marrow blasts and no extramedullary disease
    And this is the second relapse
    And the patient has had 2 prior chemotherapy regimens
    Then an explanation cites Reismuller2013
    And an explanation mentions "9 %"

  @site @Buchmann2022
  Scenario: a relapse that is not established gets no group, and the outcome says why
    Given the relapse on 10 July 2018 shows 3 % marrow blasts and no extramedullary disease
    Then no risk group is assigned under any scheme
    And the schemes not applicable alert is raised
