@divergence @Tallen2010 @Parker2010 @HungerRaetz2020
Feature: The same relapse under three schemes
  BFM, UK ALL R3 and COG draw their lines differently: COG counts time from diagnosis only, calls every
  T-lineage relapse high risk, and splits by MRD at 10^-3 where UK ALL R3 splits at 10^-4. The outcome
  shows each scheme's answer side by side rather than one merged verdict (clinical specification,
  sections 3, 4 and 5.1). Diagnosis 10 January 2015.

  @transplant @Eckert2013 @Locatelli2012 @Brown2021
  Scenario Outline: <case>: BFM <bfm>, UK ALL R3 <uk>, COG <cog>
    Given a patient with <phenotype> diagnosed on 10 January 2015
    And frontline therapy <frontline>
    And the relapse on <relapse date> shows <blasts> marrow blasts and <extramedullary>
    And MRD after reinduction is <mrd>
    Then the BFM stratum is <bfm>
    And the UK ALL R3 group is <uk>
    And the COG risk group is <cog>
    And transplant <bfm hsct> under BFM
    And transplant <uk hsct> under UK ALL R3
    And transplant <cog hsct> under COG

    Examples:
      | case                                                 | phenotype       | frontline                | relapse date  | blasts | extramedullary            | mrd       | bfm | uk           | cog  | bfm hsct         | uk hsct          | cog hsct         |
      | late isolated CNS relapse of T-lineage ALL           | T-lineage ALL   | ended on 10 January 2017 | 10 July 2018  | 2 %    | CNS disease               | 10^-5     | S1  | standard     | high | is not indicated | is not indicated | is indicated     |
      | very early isolated CNS relapse of B-precursor ALL   | B-precursor ALL | was still running        | 10 March 2016 | 2 %    | CNS disease               | 10^-5     | S2  | high         | high | is not indicated | is indicated     | is indicated     |
      | early combined relapse of B-precursor ALL            | B-precursor ALL | ended on 10 January 2017 | 10 May 2017   | 10 %   | testicular disease        | 5 x 10^-4 | S2  | intermediate | high | is not indicated | is indicated     | is indicated     |
      | early isolated CNS relapse of B-precursor ALL, 28 mo | B-precursor ALL | ended on 10 January 2017 | 10 May 2017   | 2 %    | CNS disease               | 5 x 10^-4 | S2  | intermediate | low  | is not indicated | is indicated     | is not indicated |
      | early isolated marrow relapse of B-precursor ALL     | B-precursor ALL | ended on 10 January 2017 | 10 May 2017   | 60 %   | no extramedullary disease | 10^-5     | S3  | high         | high | is indicated     | is indicated     | is indicated     |
      | late isolated marrow relapse of B-precursor ALL      | B-precursor ALL | ended on 10 January 2017 | 10 July 2018  | 35 %   | no extramedullary disease | 2 x 10^-4 | S2  | intermediate | low  | is not indicated | is indicated     | is not indicated |

  @transplant
  Scenario: consolidation names the schemes it follows from when they disagree
    Given a patient with T-lineage ALL diagnosed on 10 January 2015
    And frontline therapy ended on 10 January 2017
    And the relapse on 10 July 2018 shows 2 % marrow blasts and CNS disease
    And MRD after reinduction is 10^-5
    Then HSCT in second remission is recommended under COG only
    And chemotherapy consolidation is recommended under BFM and UK ALL R3
