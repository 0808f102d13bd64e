@prognosis
Feature: Prognostic findings
  Genetic and clinical findings are reported with their direction and figures; they do not change
  the risk group (clinical specification, section 7).

  Background:
    Given a patient with B-precursor ALL diagnosed on 10 January 2015
    And frontline therapy ended on 10 January 2017
    And the relapse on 10 July 2018 shows 35 % marrow blasts and no extramedullary disease
    And MRD after reinduction is 10^-5

  @Gandemer2012
  Scenario: ETV6-RUNX1 is favourable, with survival after a relapse beyond 36 months
    Given the relapse clone carries ETV6-RUNX1
    Then the favourable genetics alert is raised
    And the favourable genetics alert cites Gandemer2012
    And the favourable genetics alert mentions "80.8 %"

  @Irving2016 @Krentz2013 @Schultz2009
  Scenario Outline: <lesion> is unfavourable (<source>)
    Given the relapse clone carries <lesion>
    Then an unfavourable prognostic alert citing <source> is raised
    And the BFM stratum is S2

    Examples:
      | lesion            | source      |
      | a TP53 alteration | Irving2016  |
      | an IKZF1 deletion | Krentz2013  |
      | BCR-ABL1          | Schultz2009 |

  Scenario Outline: <lesion> is very high-risk genetics
    Given the relapse clone carries <lesion>
    Then the high-risk genetics alert is raised
    And the high-risk genetics alert cites HungerRaetz2020

    @HungerRaetz2020
    Examples:
      | lesion                |
      | a KMT2A rearrangement |
      | hypodiploidy          |
      | TCF3-HLF              |

  @Irving2016
  Scenario: a TP53 alteration is quoted with its hazard ratio
    Given the relapse clone carries a TP53 alteration
    Then an explanation mentions "2.36"

  @Mullighan2011
  Scenario: a CREBBP mutation reduces the glucocorticoid response
    Given the relapse clone carries a CREBBP mutation
    Then the glucocorticoid resistance alert is raised
    And the glucocorticoid resistance alert cites Mullighan2011

  @Meyer2013 @Barz2020
  Scenario: an NT5C2 mutation confers thiopurine resistance
    Given the relapse clone carries an NT5C2 mutation
    Then the thiopurine resistance alert is raised

  @Nguyen2008
  Scenario Outline: <finding> predicts worse survival after relapse
    Given <fact>
    Then an unfavourable prognostic alert citing Nguyen2008 is raised

    Examples:
      | finding                     | fact                                                      |
      | age 10 or more at diagnosis | the patient was 10 years old at diagnosis                 |
      | CNS disease at diagnosis    | the CNS status at diagnosis was CNS3                      |
      | male sex                    | the patient is a boy                                      |
      | T-cell phenotype            | a patient with T-lineage ALL diagnosed on 10 January 2015 |

  @Nguyen2008
  Scenario: a girl of 9 at diagnosis with B-precursor ALL and no CNS disease has none of these findings
    Given the patient was 9 years and 364 days old at diagnosis
    And the patient is a girl
    And the CNS status at diagnosis was CNS1
    Then no prognostic alert citing Nguyen2008 is raised

  @Gaynon1998 @outcome-figures
  Scenario Outline: CCG 6-year survival for a <site> relapse <band> months from diagnosis: <figure>
    Given a patient with B-precursor ALL diagnosed on 10 January 2015
    And the patient is still on frontline therapy
    And the relapse on <relapse date> shows <blasts> marrow blasts and <extramedullary>
    Then an explanation cites Gaynon1998
    And an explanation mentions "<figure>"

    Examples:
      | site            | band  | relapse date    | blasts | extramedullary            | figure |
      | isolated marrow | 0-17  | 10 March 2016   | 60 %   | no extramedullary disease | 6 %    |
      | isolated marrow | 18-35 | 10 May 2017     | 60 %   | no extramedullary disease | 11 %   |
      | isolated marrow | 36+   | 10 January 2018 | 60 %   | no extramedullary disease | 43 %   |
      | isolated CNS    | 0-17  | 9 July 2016     | 1 %    | CNS disease               | 33 %   |
      | isolated CNS    | 18-35 | 10 July 2016    | 1 %    | CNS disease               | 59 %   |
      | isolated CNS    | 36+   | 10 July 2018    | 1 %    | CNS disease               | 72 %   |
      | isolated testis | 0-17  | 10 March 2016   | 0 %    | testicular disease        | 52 %   |
      | isolated testis | 18-35 | 10 May 2017     | 0 %    | testicular disease        | 57 %   |
      | isolated testis | 36+   | 10 July 2018    | 0 %    | testicular disease        | 81 %   |
      | combined        | 0-17  | 10 March 2016   | 30 %   | CNS disease               | 9 %    |
      | combined        | 18-35 | 9 January 2018  | 30 %   | CNS disease               | 11 %   |
      | combined        | 36+   | 10 January 2018 | 30 %   | CNS disease               | 49 %   |

  @Nguyen2008 @outcome-figures
  Scenario: a relapse within 18 months of diagnosis is quoted with the COG figure of 21.0 %
    Given a patient with B-precursor ALL diagnosed on 10 January 2015
    And the patient is still on frontline therapy
    And the relapse on 10 March 2016 shows 60 % marrow blasts and no extramedullary disease
    Then an explanation mentions "21.0 %"

  @Lew2021 @outcome-figures
  Scenario: a late marrow relapse is quoted with the COG AALL0433 figures
    Then an explanation cites Lew2021
    And an explanation mentions "63.6 %"
