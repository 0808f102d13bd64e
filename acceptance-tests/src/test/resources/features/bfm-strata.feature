@bfm @Tallen2010 @HungerRaetz2020
Feature: BFM strategic groups S1 to S4
  ALL-REZ BFM / IntReALL strata at first relapse by immunophenotype, site and time to relapse
  (clinical specification, table 4.1). Diagnosis 10 January 2015, end of frontline therapy
  10 January 2017: a relapse on 10 March 2016 is very early, on 10 May 2017 early, on 10 July 2018 late.

  Scenario Outline: <phenotype>, <site> relapse, <timing>: BFM <stratum>
    Given a patient with <phenotype> diagnosed on 10 January 2015
    And frontline therapy <frontline>
    And the relapse on <relapse date> shows <blasts> marrow blasts and <extramedullary>
    Then the relapse site is <site>
    And the BFM time to relapse is <timing>
    And the BFM stratum is <stratum>

    Examples: B-precursor ALL
      | phenotype       | site                    | timing     | relapse date  | blasts | extramedullary            | stratum | frontline                |
      | B-precursor ALL | isolated extramedullary | very early | 10 March 2016 | 2 %    | CNS disease               | S2      | was still running        |
      | B-precursor ALL | isolated extramedullary | early      | 10 May 2017   | 0 %    | testicular disease        | S2      | ended on 10 January 2017 |
      | B-precursor ALL | isolated extramedullary | late       | 10 July 2018  | 2 %    | CNS disease               | S1      | ended on 10 January 2017 |
      | B-precursor ALL | combined                | very early | 10 March 2016 | 30 %   | CNS disease               | S4      | was still running        |
      | B-precursor ALL | combined                | early      | 10 May 2017   | 10 %   | testicular disease        | S2      | ended on 10 January 2017 |
      | B-precursor ALL | combined                | late       | 10 July 2018  | 50 %   | CNS disease               | S2      | ended on 10 January 2017 |
      | B-precursor ALL | isolated marrow         | very early | 10 March 2016 | 60 %   | no extramedullary disease | S4      | was still running        |
      | B-precursor ALL | isolated marrow         | early      | 10 May 2017   | 60 %   | no extramedullary disease | S3      | ended on 10 January 2017 |
      | B-precursor ALL | isolated marrow         | late       | 10 July 2018  | 35 %   | no extramedullary disease | S2      | ended on 10 January 2017 |

    Examples: T-lineage ALL
      | phenotype     | site                    | timing     | relapse date  | blasts | extramedullary            | stratum | frontline                |
      | T-lineage ALL | isolated extramedullary | very early | 10 March 2016 | 1 %    | CNS disease               | S2      | was still running        |
      | T-lineage ALL | isolated extramedullary | early      | 10 May 2017   | 0 %    | testicular disease        | S2      | ended on 10 January 2017 |
      | T-lineage ALL | isolated extramedullary | late       | 10 July 2018  | 3 %    | CNS disease               | S1      | ended on 10 January 2017 |
      | T-lineage ALL | combined                | very early | 10 March 2016 | 30 %   | CNS disease               | S4      | was still running        |
      | T-lineage ALL | combined                | early      | 10 May 2017   | 10 %   | testicular disease        | S4      | ended on 10 January 2017 |
      | T-lineage ALL | combined                | late       | 10 July 2018  | 50 %   | CNS disease               | S4      | ended on 10 January 2017 |
      | T-lineage ALL | isolated marrow         | very early | 10 March 2016 | 60 %   | no extramedullary disease | S4      | was still running        |
      | T-lineage ALL | isolated marrow         | early      | 10 May 2017   | 60 %   | no extramedullary disease | S4      | ended on 10 January 2017 |
      | T-lineage ALL | isolated marrow         | late       | 10 July 2018  | 40 %   | no extramedullary disease | S4      | ended on 10 January 2017 |

  Scenario: T-lymphoblastic lymphoma counts as T-lineage
    Given a patient with T-lymphoblastic lymphoma diagnosed on 10 January 2015
    And frontline therapy ended on 10 January 2017
    And the relapse on 10 July 2018 shows 40 % marrow blasts and no extramedullary disease
    Then the BFM stratum is S4

  Scenario: a lineage switch at relapse is classified by the phenotype at relapse
    Given a patient with B-precursor ALL diagnosed on 10 January 2015
    And frontline therapy ended on 10 January 2017
    And the relapse on 10 July 2018 shows 40 % marrow blasts and no extramedullary disease
    And the blasts at relapse are T-lineage
    Then the BFM stratum is S4

  Scenario: an M2 marrow confirmed by another method, late, is an isolated marrow relapse in S2
    Given a patient with B-precursor ALL diagnosed on 10 January 2015
    And frontline therapy ended on 10 January 2017
    And the relapse on 10 July 2018 shows 10 % marrow blasts and no extramedullary disease
    And another method found at least 1 % blasts in the same marrow
    Then the relapse site is isolated marrow
    And the BFM stratum is S2

  @vignette @case-9.3 @transplant @Tallen2010 @Parker2010 @HungerRaetz2020
  Scenario: section 9 vignette: T-lineage, 40 % marrow, late: S4, high, high, transplant everywhere
    Given a patient with T-lineage ALL diagnosed on 10 January 2015
    And frontline therapy ended on 10 January 2017
    And the relapse on 10 March 2019 shows 40 % marrow blasts and no extramedullary disease
    Then the BFM time to relapse is late
    And the BFM stratum is S4
    And the UK ALL R3 group is high
    And the COG time to relapse is late
    And the COG risk group is high
    And transplant is indicated under BFM
    And transplant is indicated under UK ALL R3
    And transplant is indicated under COG
