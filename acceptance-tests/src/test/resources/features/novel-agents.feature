@agents
Feature: Novel agents and their eligibility
  Each agent of the clinical specification (table 6.3) with its exact requirements: phenotype,
  CD19 / CD22, BCR-ABL1, age bounds in completed years at the relapse date, prior regimens and line of
  therapy. An agent whose eligibility hinges on an unknown marker is not recommended; the outcome
  names the missing marker and the agent. The reference patient relapses a second time on 10 July 2018
  after 2 prior regimens.

  Background:
    Given a patient with B-precursor ALL diagnosed on 10 January 2015
    And frontline therapy ended on 10 January 2017
    And the relapse on 10 July 2018 shows 35 % marrow blasts and no extramedullary disease
    And this is the second relapse
    And the patient has had 2 prior chemotherapy regimens

  @vonStackelberg2016 @FDA2024Blina
  Scenario Outline: blinatumomab with CD19 <cd19> B-precursor ALL: <verdict>
    Given the CD19 status is <cd19>
    Then blinatumomab is <verdict>

    Examples:
      | cd19     | verdict         |
      | positive | recommended     |
      | negative | not recommended |
      | unknown  | not recommended |

  @vonStackelberg2016 @missing-data
  Scenario: an unknown CD19 status is reported as missing for blinatumomab
    Given the CD19 status is unknown
    Then the CD19 status is reported as missing for blinatumomab

  @vonStackelberg2016
  Scenario: no blinatumomab for CD19-positive T-lineage blasts
    Given a patient with T-lineage ALL diagnosed on 10 January 2015
    And the CD19 status is positive
    Then blinatumomab is not recommended

  @Locatelli2021
  Scenario: blinatumomab as third consolidation before HSCT in a high-risk first relapse
    Given this is the first relapse
    And the patient has had 1 prior chemotherapy regimen
    And the relapse on 10 May 2017 shows 60 % marrow blasts and no extramedullary disease
    And the CD19 status is positive
    Then blinatumomab is recommended
    And the rationale for blinatumomab cites Locatelli2021

  @Locatelli2021
  Scenario: no blinatumomab consolidation in a standard-risk first relapse in CR2
    Given this is the first relapse
    And the patient has had 1 prior chemotherapy regimen
    And the relapse on 10 July 2018 shows 2 % marrow blasts and CNS disease
    And second remission was reached after reinduction
    And MRD after reinduction is 10^-5
    And the CD19 status is positive
    Then blinatumomab is not recommended

  @FDA2024InO
  Scenario Outline: inotuzumab ozogamicin, CD22 <cd22>, age <age>: <verdict>
    Given a patient born on <birth> with B-precursor ALL diagnosed on <diagnosis>
    And frontline therapy <frontline>
    And the CD22 status is <cd22>
    Then inotuzumab ozogamicin is <verdict>

    Examples:
      | birth        | diagnosis        | age                  | cd22     | verdict         | frontline                |
      | 10 July 2010 | 10 January 2015  | 8 years              | positive | recommended     | ended on 10 January 2017 |
      | 10 July 2010 | 10 January 2015  | 8 years              | negative | not recommended | ended on 10 January 2017 |
      | 10 July 2010 | 10 January 2015  | 8 years              | unknown  | not recommended | ended on 10 January 2017 |
      | 10 July 2017 | 1 September 2017 | 1 year               | positive | recommended     | was still running        |
      | 9 July 2017  | 1 September 2017 | 1 year and 1 day     | positive | recommended     | was still running        |
      | 11 July 2017 | 1 September 2017 | 0 years and 364 days | positive | not recommended | was still running        |

  @FDA2024InO @missing-data
  Scenario: an unknown CD22 status is reported as missing for inotuzumab ozogamicin
    Given the CD22 status is unknown
    Then the CD22 status is reported as missing for inotuzumab ozogamicin

  @FDA2024InO
  Scenario: no inotuzumab ozogamicin for CD22-positive T-lineage blasts
    Given a patient with T-lineage ALL diagnosed on 10 January 2015
    And the CD22 status is positive
    Then inotuzumab ozogamicin is not recommended

  @OLeary2019
  Scenario Outline: tisagenlecleucel at <age>, CD19 <cd19>: <verdict>
    Given the patient is <age> old at relapse
    And the CD19 status is <cd19>
    Then tisagenlecleucel is <verdict>

    Examples:
      | age                   | cd19     | verdict         |
      | 10 years              | positive | recommended     |
      | 25 years and 364 days | positive | recommended     |
      | 26 years              | positive | not recommended |
      | 26 years and 1 day    | positive | not recommended |
      | 10 years              | negative | not recommended |
      | 10 years              | unknown  | not recommended |

  @OLeary2019
  Scenario: tisagenlecleucel for refractory disease at first relapse
    Given this is the first relapse
    And the patient has had 1 prior chemotherapy regimen
    And no second remission was reached after reinduction
    And the CD19 status is positive
    Then tisagenlecleucel is recommended

  @OLeary2019
  Scenario: no tisagenlecleucel for a first relapse in second remission
    Given this is the first relapse
    And the patient has had 1 prior chemotherapy regimen
    And the relapse on 10 July 2018 shows 2 % marrow blasts and CNS disease
    And second remission was reached after reinduction
    And MRD after reinduction is 10^-5
    And the CD19 status is positive
    Then tisagenlecleucel is not recommended

  @OLeary2019
  Scenario: no tisagenlecleucel for T-lineage ALL
    Given a patient with T-lineage ALL diagnosed on 10 January 2015
    And the CD19 status is positive
    Then tisagenlecleucel is not recommended

  @Jeha2006
  Scenario Outline: clofarabine at <age> after <regimens> prior regimens: <verdict>
    Given a patient born on <birth> with <phenotype> diagnosed on <diagnosis>
    And frontline therapy <frontline>
    And the patient has had <regimens> prior chemotherapy regimens
    Then clofarabine is <verdict>

    Examples:
      | phenotype       | birth        | diagnosis        | age                   | regimens | verdict         | frontline                |
      | B-precursor ALL | 10 July 2008 | 10 January 2015  | 10 years              | 2        | recommended     | ended on 10 January 2017 |
      | T-lineage ALL   | 10 July 2008 | 10 January 2015  | 10 years              | 3        | recommended     | ended on 10 January 2017 |
      | B-precursor ALL | 10 July 2008 | 10 January 2015  | 10 years              | 1        | not recommended | ended on 10 January 2017 |
      | B-precursor ALL | 11 July 1996 | 10 January 2015  | 21 years and 364 days | 2        | recommended     | ended on 10 January 2017 |
      | B-precursor ALL | 10 July 1996 | 10 January 2015  | 22 years              | 2        | not recommended | ended on 10 January 2017 |
      | B-precursor ALL | 9 July 1996  | 10 January 2015  | 22 years and 1 day    | 2        | not recommended | ended on 10 January 2017 |
      | B-precursor ALL | 10 July 2017 | 1 September 2017 | 1 year                | 2        | recommended     | was still running        |
      | B-precursor ALL | 9 July 2017  | 1 September 2017 | 1 year and 1 day      | 2        | recommended     | was still running        |
      | B-precursor ALL | 11 July 2017 | 1 September 2017 | 0 years and 364 days  | 2        | not recommended | was still running        |

  @Berg2005
  Scenario Outline: nelarabine for <phenotype> after <regimens> prior regimens: <verdict>
    Given a patient with <phenotype> diagnosed on 10 January 2015
    And the patient has had <regimens> prior chemotherapy regimens
    Then nelarabine is <verdict>

    Examples:
      | phenotype       | regimens | verdict         |
      | T-lineage ALL   | 2        | recommended     |
      | T-lineage ALL   | 1        | not recommended |
      | B-precursor ALL | 2        | not recommended |

  @Messinger2012
  Scenario Outline: the bortezomib combination for <phenotype> after <regimens> prior regimens at <age>: <verdict>
    Given a patient with <phenotype> diagnosed on 10 January 2015
    And the patient has had <regimens> prior chemotherapy regimens
    And the patient is <age> old at relapse
    Then the bortezomib combination is <verdict>

    Examples:
      | phenotype       | regimens | age                   | verdict         |
      | B-precursor ALL | 2        | 10 years              | recommended     |
      | B-precursor ALL | 3        | 10 years              | recommended     |
      | B-precursor ALL | 1        | 10 years              | not recommended |
      | T-lineage ALL   | 2        | 10 years              | not recommended |
      | B-precursor ALL | 4        | 10 years              | not recommended |
      | B-precursor ALL | 2        | 22 years and 364 days | recommended     |
      | B-precursor ALL | 2        | 23 years              | recommended     |
      | B-precursor ALL | 2        | 23 years and 1 day    | recommended     |

  @Messinger2012
  Scenario Outline: the bortezomib combination at the lower trial age, <age>: <verdict>, trial-population note <note>
    Given a patient born on <birth> with B-precursor ALL diagnosed on 1 September 2017
    And the patient is still on frontline therapy
    And the patient has had 2 prior chemotherapy regimens
    Then the bortezomib combination is <verdict>
    And <note>

    Examples:
      | birth        | age                  | verdict     | note                                              |
      | 10 July 2017 | 1 year               | recommended | no outside the trial population alert is raised   |
      | 9 July 2017  | 1 year and 1 day     | recommended | no outside the trial population alert is raised   |
      | 11 July 2017 | 0 years and 364 days | recommended | the outside the trial population alert is raised  |

  @Brown2021 @divergence
  Scenario: blinatumomab consolidation follows COG high risk, not UK ALL R3 high risk alone
    Given this is the first relapse
    And the patient has had 1 prior chemotherapy regimen
    And the patient is still on frontline therapy
    And the relapse on 10 March 2016 shows 2 % marrow blasts and CNS disease
    And the CD19 status is positive
    Then the BFM stratum is S2
    And the UK ALL R3 group is high
    And the COG risk group is high
    And blinatumomab is recommended under COG only

  @Locatelli2021 @Brown2021
  Scenario: blinatumomab consolidation under BFM and COG for an early B-precursor marrow relapse
    Given this is the first relapse
    And the patient has had 1 prior chemotherapy regimen
    And the relapse on 10 May 2017 shows 60 % marrow blasts and no extramedullary disease
    And the CD19 status is positive
    Then blinatumomab is recommended under BFM
    And blinatumomab is recommended under COG

  @Schultz2009 @unverified
  Scenario: BCR-ABL1: consider an ABL-class tyrosine kinase inhibitor with reinduction
    Given this is the first relapse
    And the patient has had 1 prior chemotherapy regimen
    And the relapse clone carries BCR-ABL1
    Then an ABL-class tyrosine kinase inhibitor is recommended

  @Schultz2009
  Scenario: without BCR-ABL1 no tyrosine kinase inhibitor
    Given this is the first relapse
    And the patient has had 1 prior chemotherapy regimen
    Then an ABL-class tyrosine kinase inhibitor is not recommended
