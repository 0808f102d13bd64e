@reinduction
Feature: Reinduction, consolidation and local therapy at first relapse
  Every established first relapse is reinduced aiming at CR2, with mitoxantrone rather than
  idarubicin; consolidation follows the transplant indication of each scheme; extramedullary disease
  gets local therapy (clinical specification, sections 5.2 and 5.3).

  Background:
    Given a patient with B-precursor ALL diagnosed on 10 January 2015
    And frontline therapy ended on 10 January 2017

  @Parker2010
  Scenario Outline: an established <site> first relapse is reinduced with mitoxantrone
    Given the relapse on 10 July 2018 shows <blasts> marrow blasts and <extramedullary>
    Then the relapse site is <site>
    And reinduction is recommended
    And mitoxantrone rather than idarubicin is recommended

    Examples:
      | site                    | blasts | extramedullary            |
      | isolated marrow         | 35 %   | no extramedullary disease |
      | combined                | 30 %   | testicular disease        |
      | isolated extramedullary | 2 %    | CNS disease               |

  @Parker2010
  Scenario: the mitoxantrone recommendation quotes the UK ALL R3 result
    Given the relapse on 10 July 2018 shows 35 % marrow blasts and no extramedullary disease
    Then the rationale for mitoxantrone rather than idarubicin cites Parker2010
    And the rationale for mitoxantrone rather than idarubicin mentions "64.6 %"
    And the rationale for mitoxantrone rather than idarubicin mentions "35.9 %"

  @Buchmann2022
  Scenario: a relapse that is not established is not reinduced
    Given the relapse on 10 July 2018 shows 3 % marrow blasts and no extramedullary disease
    Then reinduction is not recommended
    And mitoxantrone rather than idarubicin is not recommended

  @Pieters2011
  Scenario: after asparaginase hypersensitivity Erwinia asparaginase is used
    Given the relapse on 10 July 2018 shows 35 % marrow blasts and no extramedullary disease
    And the patient had a hypersensitivity reaction to asparaginase
    Then Erwinia asparaginase is recommended

  @Pieters2011
  Scenario: without asparaginase hypersensitivity Erwinia asparaginase is not proposed
    Given the relapse on 10 July 2018 shows 35 % marrow blasts and no extramedullary disease
    Then Erwinia asparaginase is not recommended

  @transplant @divergence @Eckert2013 @Parker2010 @HungerRaetz2020
  Scenario: MRD 2 x 10^-4 after a late marrow relapse: HSCT under UK ALL R3, chemotherapy under BFM and COG
    Given the relapse on 10 July 2018 shows 35 % marrow blasts and no extramedullary disease
    And MRD after reinduction is 2 x 10^-4
    Then HSCT in second remission is recommended under UK ALL R3 only
    And chemotherapy consolidation is recommended under BFM and COG

  @transplant @Locatelli2012 @Parker2010 @HungerRaetz2020
  Scenario: a very early marrow relapse: HSCT in second remission under every scheme, no chemotherapy consolidation
    Given the patient is still on frontline therapy
    And the relapse on 10 January 2016 shows 60 % marrow blasts and no extramedullary disease
    Then HSCT in second remission is recommended under all schemes
    And chemotherapy consolidation is not recommended

  @transplant @Locatelli2012 @Parker2010 @HungerRaetz2020
  Scenario: a late isolated CNS relapse with low MRD: chemotherapy consolidation under every scheme, no HSCT
    Given the relapse on 10 July 2018 shows 2 % marrow blasts and CNS disease
    And MRD after reinduction is 10^-5
    Then chemotherapy consolidation is recommended under all schemes
    And HSCT in second remission is not recommended

  @local-therapy @Locatelli2012 @Barredo2006
  Scenario: a late isolated CNS relapse without transplant gets 18 Gy cranial irradiation
    Given the relapse on 10 July 2018 shows 2 % marrow blasts and CNS disease
    And MRD after reinduction is 10^-5
    Then cranial irradiation is recommended
    And the rationale for cranial irradiation mentions "18 Gy"

  @local-therapy @Locatelli2012 @unverified
  Scenario: after earlier cranial irradiation the dose is reduced
    Given the relapse on 10 July 2018 shows 2 % marrow blasts and CNS disease
    And MRD after reinduction is 10^-5
    And the patient had cranial irradiation before
    Then cranial irradiation is recommended
    And the rationale for cranial irradiation mentions "reduced"

  @local-therapy @Locatelli2012
  Scenario: a CNS relapse going to transplant under every scheme gets no cranial irradiation recommendation
    Given the patient is still on frontline therapy
    And the relapse on 10 January 2016 shows 30 % marrow blasts and CNS disease
    Then cranial irradiation is not recommended

  @local-therapy @ALLREZTestis2014
  Scenario: a unilateral testicular relapse: local therapy of the involved testis and biopsy of the other
    Given the relapse on 10 July 2018 shows 0 % marrow blasts and testicular disease
    And the testicular involvement is unilateral
    Then testicular local therapy is recommended
    And the rationale for testicular local therapy mentions "24 Gy"
    And the rationale for testicular local therapy mentions "orchiectomy"
    And a biopsy of the other testis is recommended

  @local-therapy @prognosis @ALLREZTestis2014
  Scenario: a bilateral testicular relapse: local therapy, no biopsy, and a worse prognosis
    Given the relapse on 10 July 2018 shows 0 % marrow blasts and testicular disease
    And the testicular involvement is bilateral
    Then testicular local therapy is recommended
    And a biopsy of the other testis is not recommended
    And the unfavourable prognosis alert cites ALLREZTestis2014
    And the unfavourable prognosis alert mentions "0.48"

  @local-therapy @missing-data @ALLREZTestis2014
  Scenario: a testicular relapse without laterality asks whether it is unilateral or bilateral
    Given the relapse on 10 July 2018 shows 0 % marrow blasts and testicular disease
    Then testicular local therapy is recommended
    And the testicular involvement is reported as missing

  @local-therapy @Hagedorn2007
  Scenario Outline: an apparently isolated <em> relapse: measure marrow MRD
    Given the relapse on 10 July 2018 shows 1 % marrow blasts and <em> disease
    Then measuring marrow MRD is recommended

    Examples:
      | em         |
      | CNS        |
      | testicular |

  @local-therapy @Hagedorn2007
  Scenario: a marrow relapse needs no separate marrow MRD measurement at relapse
    Given the relapse on 10 July 2018 shows 35 % marrow blasts and no extramedullary disease
    Then measuring marrow MRD is not recommended
