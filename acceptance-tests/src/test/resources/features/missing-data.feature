@missing-data
Feature: Missing data
  Where a missing fact decides an outcome, the outcome names it instead of guessing: MRD for BFM S2,
  UK intermediate and a late COG relapse; CD19 and CD22 for the agents that need them; and what the
  knowledge base does not cover is said as such (clinical specification, rules of use and 4.3, 5.1, 6.3).

  Background:
    Given a patient with B-precursor ALL diagnosed on 10 January 2015
    And frontline therapy ended on 10 January 2017

  @Eckert2013 @Parker2010 @HungerRaetz2020 @bfm @uk-r3 @cog
  Scenario: a late marrow relapse without MRD: every scheme waits for MRD
    Given the relapse on 10 July 2018 shows 35 % marrow blasts and no extramedullary disease
    And MRD after reinduction has not been measured
    Then the MRD after reinduction is reported as missing
    And transplant is pending MRD under BFM
    And transplant is pending MRD under UK ALL R3
    And the COG risk group is pending MRD
    And transplant is pending MRD under COG

  @Eckert2013 @Parker2010 @HungerRaetz2020
  Scenario: once MRD is known, nothing waits for it
    Given the relapse on 10 July 2018 shows 35 % marrow blasts and no extramedullary disease
    And MRD after reinduction is 2 x 10^-4
    Then the MRD after reinduction is not reported as missing

  @Locatelli2012 @Parker2010 @HungerRaetz2020
  Scenario: a very early marrow relapse does not need MRD for its group or transplant
    Given the patient is still on frontline therapy
    And the relapse on 10 March 2016 shows 60 % marrow blasts and no extramedullary disease
    And MRD after reinduction has not been measured
    Then the MRD after reinduction is not reported as missing
    And transplant is indicated under BFM
    And transplant is indicated under UK ALL R3
    And transplant is indicated under COG

  @vonStackelberg2016 @OLeary2019 @FDA2024InO @agents
  Scenario: unknown CD19 and CD22 in a second relapse are named with the agents they decide
    Given the relapse on 10 July 2018 shows 35 % marrow blasts and no extramedullary disease
    And this is the second relapse
    And the patient has had 2 prior chemotherapy regimens
    Then the CD19 status is reported as missing for blinatumomab
    And the CD19 status is reported as missing for tisagenlecleucel
    And the CD22 status is reported as missing for inotuzumab ozogamicin

  @vonStackelberg2016 @FDA2024InO @agents
  Scenario: known markers are not asked for
    Given the relapse on 10 July 2018 shows 35 % marrow blasts and no extramedullary disease
    And this is the second relapse
    And the patient has had 2 prior chemotherapy regimens
    And the CD19 status is negative
    And the CD22 status is positive
    Then the CD19 status is not reported as missing
    And the CD22 status is not reported as missing

  @Martin2012 @not-covered
  Scenario: a lineage switch at relapse is not covered by the knowledge base
    Given the relapse on 10 July 2018 shows 40 % marrow blasts and no extramedullary disease
    And the blasts at relapse are T-lineage
    Then the not covered alert is raised

  @Buchmann2022 @not-covered
  Scenario: confirmation by another method of an M1 marrow is not covered by the site definitions
    Given the relapse on 10 July 2018 shows 3 % marrow blasts and no extramedullary disease
    And another method found at least 1 % blasts in the same marrow
    Then the relapse site is not established
    And the not covered alert is raised
