@cog @HungerRaetz2020 @Lew2021
Feature: COG risk groups
  Low, intermediate and high risk at first relapse (clinical specification, table 4.3). A late
  B-precursor marrow relapse or a late isolated extramedullary relapse is split by end-of-block-1 MRD
  at 10^-3 (0.1 %); without MRD the group is reported as pending, not guessed.
  Diagnosis 10 January 2015, end of frontline therapy 10 January 2017.

  Scenario Outline: B-precursor ALL, late <site> relapse on <relapse date> with MRD <mrd>: COG <group>
    Given a patient with B-precursor ALL diagnosed on 10 January 2015
    And frontline therapy <frontline>
    And the relapse on <relapse date> shows <blasts> marrow blasts and <extramedullary>
    And MRD after reinduction is <mrd>
    Then the relapse site is <site>
    And the COG time to relapse is late
    And the COG risk group is <group>

    Examples: late isolated marrow, MRD just below, at and above 10^-3
      | site            | relapse date | blasts | extramedullary            | mrd       | group        | frontline                |
      | isolated marrow | 10 July 2018 | 35 %   | no extramedullary disease | 0         | low          | ended on 10 January 2017 |
      | isolated marrow | 10 July 2018 | 35 %   | no extramedullary disease | 9 x 10^-4 | low          | ended on 10 January 2017 |
      | isolated marrow | 10 July 2018 | 35 %   | no extramedullary disease | 10^-3     | intermediate | ended on 10 January 2017 |
      | isolated marrow | 10 July 2018 | 35 %   | no extramedullary disease | 2 x 10^-3 | intermediate | ended on 10 January 2017 |

    Examples: late combined (a marrow relapse)
      | site     | relapse date | blasts | extramedullary     | mrd       | group        | frontline                |
      | combined | 10 July 2018 | 30 %   | testicular disease | 9 x 10^-4 | low          | ended on 10 January 2017 |
      | combined | 10 July 2018 | 30 %   | testicular disease | 0.1 %     | intermediate | ended on 10 January 2017 |

    Examples: late isolated extramedullary (at least 18 months from diagnosis)
      | site                    | relapse date | blasts | extramedullary | mrd       | group        | frontline                |
      | isolated extramedullary | 10 May 2017  | 2 %    | CNS disease    | 9 x 10^-4 | low          | ended on 10 January 2017 |
      | isolated extramedullary | 10 May 2017  | 2 %    | CNS disease    | 10^-3     | intermediate | ended on 10 January 2017 |
      | isolated extramedullary | 10 July 2018 | 0 %    | CNS disease    | 0.0005    | low          | ended on 10 January 2017 |
      | isolated extramedullary | 10 July 2018 | 0 %    | CNS disease    | 0.005     | intermediate | ended on 10 January 2017 |

  Scenario Outline: without MRD a late <site> relapse is pending MRD under COG
    Given a patient with B-precursor ALL diagnosed on 10 January 2015
    And frontline therapy <frontline>
    And the relapse on <relapse date> shows <blasts> marrow blasts and <extramedullary>
    And MRD after reinduction has not been measured
    Then the COG time to relapse is late
    And the COG risk group is pending MRD
    And the MRD after reinduction is reported as missing

    Examples:
      | site                    | relapse date | blasts | extramedullary            | frontline                |
      | isolated marrow         | 10 July 2018 | 35 %   | no extramedullary disease | ended on 10 January 2017 |
      | combined                | 10 July 2018 | 30 %   | CNS disease               | ended on 10 January 2017 |
      | isolated extramedullary | 10 May 2017  | 2 %    | CNS disease               | ended on 10 January 2017 |

  Scenario Outline: B-precursor ALL, early <site> relapse on <relapse date>: COG high whatever the MRD
    Given a patient with B-precursor ALL diagnosed on 10 January 2015
    And frontline therapy <frontline>
    And the relapse on <relapse date> shows <blasts> marrow blasts and <extramedullary>
    And MRD after reinduction is 0
    Then the COG time to relapse is early
    And the COG risk group is high

    Examples:
      | site                    | relapse date   | blasts | extramedullary            | frontline                |
      | isolated marrow         | 10 May 2017    | 60 %   | no extramedullary disease | ended on 10 January 2017 |
      | isolated marrow         | 9 January 2018 | 60 %   | no extramedullary disease | ended on 10 January 2017 |
      | combined                | 10 May 2017    | 30 %   | CNS disease               | ended on 10 January 2017 |
      | isolated extramedullary | 10 March 2016  | 2 %    | CNS disease               | was still running        |
      | isolated extramedullary | 9 July 2016    | 1 %    | testicular disease        | was still running        |

  Scenario Outline: T-lineage ALL, <site> relapse on <relapse date>: COG high at any site and time
    Given a patient with T-lineage ALL diagnosed on 10 January 2015
    And frontline therapy <frontline>
    And the relapse on <relapse date> shows <blasts> marrow blasts and <extramedullary>
    And MRD after reinduction is 0
    Then the COG risk group is high

    Examples:
      | site                    | relapse date  | blasts | extramedullary            | frontline                |
      | isolated marrow         | 10 May 2017   | 60 %   | no extramedullary disease | ended on 10 January 2017 |
      | isolated marrow         | 10 July 2018  | 60 %   | no extramedullary disease | ended on 10 January 2017 |
      | combined                | 10 March 2016 | 30 %   | CNS disease               | was still running        |
      | combined                | 10 July 2018  | 30 %   | CNS disease               | ended on 10 January 2017 |
      | isolated extramedullary | 10 March 2016 | 2 %    | CNS disease               | was still running        |
      | isolated extramedullary | 10 July 2018  | 2 %    | testicular disease        | ended on 10 January 2017 |

  Scenario: a late T-lineage relapse without MRD is high under COG, not pending
    Given a patient with T-lineage ALL diagnosed on 10 January 2015
    And frontline therapy ended on 10 January 2017
    And the relapse on 10 July 2018 shows 40 % marrow blasts and no extramedullary disease
    Then the COG risk group is high
