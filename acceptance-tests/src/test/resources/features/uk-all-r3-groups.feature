@uk-r3 @Parker2010 @HungerRaetz2020
Feature: UK ALL R3 risk groups
  Standard, intermediate and high risk at first relapse (clinical specification, table 4.2).
  Diagnosis 10 January 2015, end of frontline therapy 10 January 2017: a relapse on 10 March 2016 is
  very early, on 10 May 2017 early, on 10 July 2018 late. UK ALL R3 enrolled ages 1 to 18.

  Scenario Outline: <phenotype>, <site> relapse, <timing>: UK ALL R3 <group>
    Given a patient with <phenotype> diagnosed on 10 January 2015
    And frontline therapy <frontline>
    And the relapse on <relapse date> shows <blasts> marrow blasts and <extramedullary>
    Then the relapse site is <site>
    And the UK ALL R3 time to relapse is <timing>
    And the UK ALL R3 group is <group>

    Examples: B-precursor ALL
      | phenotype       | site                    | timing     | relapse date  | blasts | extramedullary            | group        | frontline                |
      | B-precursor ALL | isolated extramedullary | very early | 10 March 2016 | 2 %    | CNS disease               | high         | was still running        |
      | B-precursor ALL | isolated extramedullary | early      | 10 May 2017   | 0 %    | testicular disease        | intermediate | ended on 10 January 2017 |
      | B-precursor ALL | isolated extramedullary | late       | 10 July 2018  | 2 %    | CNS disease               | standard     | ended on 10 January 2017 |
      | B-precursor ALL | combined                | very early | 10 March 2016 | 30 %   | CNS disease               | high         | was still running        |
      | B-precursor ALL | combined                | early      | 10 May 2017   | 10 %   | testicular disease        | intermediate | ended on 10 January 2017 |
      | B-precursor ALL | combined                | late       | 10 July 2018  | 50 %   | CNS disease               | intermediate | ended on 10 January 2017 |
      | B-precursor ALL | isolated marrow         | very early | 10 March 2016 | 60 %   | no extramedullary disease | high         | was still running        |
      | B-precursor ALL | isolated marrow         | early      | 10 May 2017   | 60 %   | no extramedullary disease | high         | ended on 10 January 2017 |
      | B-precursor ALL | isolated marrow         | late       | 10 July 2018  | 35 %   | no extramedullary disease | intermediate | ended on 10 January 2017 |

    Examples: T-lineage ALL, marrow or combined at any time
      | phenotype     | site            | timing     | relapse date  | blasts | extramedullary            | group | frontline                |
      | T-lineage ALL | combined        | very early | 10 March 2016 | 30 %   | CNS disease               | high  | was still running        |
      | T-lineage ALL | combined        | early      | 10 May 2017   | 10 %   | testicular disease        | high  | ended on 10 January 2017 |
      | T-lineage ALL | combined        | late       | 10 July 2018  | 50 %   | CNS disease               | high  | ended on 10 January 2017 |
      | T-lineage ALL | isolated marrow | very early | 10 March 2016 | 60 %   | no extramedullary disease | high  | was still running        |
      | T-lineage ALL | isolated marrow | early      | 10 May 2017   | 60 %   | no extramedullary disease | high  | ended on 10 January 2017 |
      | T-lineage ALL | isolated marrow | late       | 10 July 2018  | 40 %   | no extramedullary disease | high  | ended on 10 January 2017 |

    # The table does not separate T-lineage isolated extramedullary relapse: it follows the timing rows
    # like B-precursor (the rule is marked unverified).
    @unverified
    Examples: T-lineage ALL, isolated extramedullary
      | phenotype     | site                    | timing     | relapse date  | blasts | extramedullary     | group        | frontline                |
      | T-lineage ALL | isolated extramedullary | very early | 10 March 2016 | 1 %    | CNS disease        | high         | was still running        |
      | T-lineage ALL | isolated extramedullary | early      | 10 May 2017   | 0 %    | testicular disease | intermediate | ended on 10 January 2017 |
      | T-lineage ALL | isolated extramedullary | late       | 10 July 2018  | 3 %    | CNS disease        | standard     | ended on 10 January 2017 |

  Scenario Outline: UK ALL R3 enrolled ages 1 to 18 at relapse; a patient of <age> is <verdict>
    Given a patient with B-precursor ALL diagnosed on 1 September 2017
    And the patient is still on frontline therapy
    And the relapse on 10 July 2018 shows 60 % marrow blasts and no extramedullary disease
    And the patient is <age> old at relapse
    Then the UK ALL R3 group is high
    And <alert expectation>

    Examples:
      | age                   | verdict | alert expectation                                |
      | 0 years and 364 days  | outside | the outside the trial population alert is raised |
      | 1 year                | inside  | no outside the trial population alert is raised  |
      | 1 year and 1 day      | inside  | no outside the trial population alert is raised  |
      | 18 years and 364 days | inside  | no outside the trial population alert is raised  |
      | 19 years              | outside | the outside the trial population alert is raised |
      | 19 years and 1 day    | outside | the outside the trial population alert is raised |
