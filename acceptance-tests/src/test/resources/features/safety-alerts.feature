@safety
Feature: Safety alerts
  Alerts that must never be missed: veno-occlusive disease with clofarabine after an earlier HSCT,
  nelarabine neurotoxicity, investigational agents as trial options only, and on every outcome the
  reminder that it is not a treatment order (clinical specification, 6.3 and rules of use).

  Background:
    Given a patient with B-precursor ALL diagnosed on 10 January 2015
    And frontline therapy ended on 10 January 2017
    And the relapse on 10 July 2018 shows 35 % marrow blasts and no extramedullary disease

  @Hijiya2011 @agents
  Scenario: clofarabine after an earlier HSCT raises a critical veno-occlusive disease alert
    Given the patient had an allogeneic stem-cell transplant before this relapse
    And the patient has had 2 prior chemotherapy regimens
    Then clofarabine is recommended
    And the veno-occlusive disease risk alert is raised as critical
    And the veno-occlusive disease risk alert cites Hijiya2011

  @Hijiya2011 @agents
  Scenario: clofarabine without an earlier HSCT raises no veno-occlusive disease alert
    Given this is the second relapse
    And the patient has had 2 prior chemotherapy regimens
    Then clofarabine is recommended
    And no veno-occlusive disease risk alert is raised

  @Hijiya2011 @agents
  Scenario: no clofarabine, no veno-occlusive disease alert, even after HSCT
    Given the patient had an allogeneic stem-cell transplant before this relapse
    And the patient has had 1 prior chemotherapy regimen
    Then clofarabine is not recommended
    And no veno-occlusive disease risk alert is raised

  @Berg2005 @agents
  Scenario: nelarabine comes with a neurotoxicity warning
    Given a patient with T-lineage ALL diagnosed on 10 January 2015
    And this is the second relapse
    And the patient has had 2 prior chemotherapy regimens
    Then nelarabine is recommended
    And the nelarabine neurotoxicity alert is raised
    And the nelarabine neurotoxicity alert cites Berg2005

  @Berg2005 @agents
  Scenario: no nelarabine, no neurotoxicity warning
    Given a patient with T-lineage ALL diagnosed on 10 January 2015
    Then nelarabine is not recommended
    And no nelarabine neurotoxicity alert is raised

  @Martin2012 @refractory
  Scenario: investigational agents are named as trial options only
    Given no second remission was reached after reinduction
    Then a clinical trial is recommended
    And the investigational agents alert is raised

  @Martin2012 @RevuforjLabel @refractory
  Scenario: KMT2A-rearranged relapse: revumenib, and lestaurtinib is no longer named
    Given this is the second relapse
    And the patient has had 2 prior chemotherapy regimens
    And the relapse clone carries a KMT2A rearrangement
    Then revumenib is recommended
    And the investigational agents alert is raised

  @Martin2012
  Scenario Outline: every outcome says it is not a treatment order (<case>)
    Given <first fact>
    And <second fact>
    Then the not a treatment order alert is raised

    Examples:
      | case                    | first fact                                                                        | second fact                                       |
      | established relapse     | MRD after reinduction is 10^-5                                                    | second remission was reached after reinduction    |
      | not established relapse | the relapse on 10 July 2018 shows 3 % marrow blasts and no extramedullary disease | the CNS status at relapse is CNS1                 |
      | second relapse          | this is the second relapse                                                        | the patient has had 2 prior chemotherapy regimens |
      | relapse after HSCT      | the patient had an allogeneic stem-cell transplant before this relapse            | the patient has had 1 prior chemotherapy regimen  |
