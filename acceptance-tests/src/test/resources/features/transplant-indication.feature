@transplant
Feature: Allogeneic stem-cell transplant in second remission
  Whether HSCT in CR2 is indicated follows from the group under each scheme and, for BFM S2 and UK
  intermediate, from MRD after reinduction (clinical specification, table 5.1). BFM S2 splits at
  10^-3, UK intermediate at 10^-4; a value exactly at the threshold counts as high. Without the MRD
  that decides it, the indication is pending. Diagnosis 10 January 2015, end of therapy 10 January 2017.

  Background:
    Given a patient with B-precursor ALL diagnosed on 10 January 2015

  @bfm @Locatelli2012
  Scenario: BFM S1, a late isolated extramedullary relapse: no transplant
    Given frontline therapy ended on 10 January 2017
    And the relapse on 10 July 2018 shows 2 % marrow blasts and CNS disease
    And MRD after reinduction is 0
    Then the BFM stratum is S1
    And transplant is not indicated under BFM

  @bfm @Eckert2013
  Scenario Outline: BFM S2 with MRD <mrd> after induction: transplant <verdict>
    Given frontline therapy ended on 10 January 2017
    And the relapse on 10 July 2018 shows 35 % marrow blasts and no extramedullary disease
    And MRD after reinduction is <mrd>
    Then the BFM stratum is S2
    And transplant <verdict> under BFM

    Examples: just below, at and above 10^-3
      | mrd       | verdict          |
      | 0         | is not indicated |
      | 9 x 10^-4 | is not indicated |
      | 10^-3     | is indicated     |
      | 2 x 10^-3 | is indicated     |

  @bfm @Eckert2013 @missing-data
  Scenario: BFM S2 without MRD: transplant pending MRD
    Given frontline therapy ended on 10 January 2017
    And the relapse on 10 July 2018 shows 35 % marrow blasts and no extramedullary disease
    And MRD after reinduction has not been measured
    Then the BFM stratum is S2
    And transplant is pending MRD under BFM
    And the MRD after reinduction is reported as missing

  @bfm @Locatelli2012 @Borgmann2003
  Scenario Outline: BFM <stratum>: transplant with any suitable donor
    Given frontline therapy <frontline>
    And the relapse on <relapse date> shows 60 % marrow blasts and no extramedullary disease
    And MRD after reinduction is 0
    Then the BFM stratum is <stratum>
    And transplant is indicated under BFM

    Examples:
      | stratum | relapse date  | frontline                |
      | S3      | 10 May 2017   | ended on 10 January 2017 |
      | S4      | 10 March 2016 | was still running        |

  @uk-r3 @Parker2010
  Scenario: UK ALL R3 standard risk: no transplant
    Given frontline therapy ended on 10 January 2017
    And the relapse on 10 July 2018 shows 2 % marrow blasts and CNS disease
    And MRD after reinduction is 10^-2
    Then the UK ALL R3 group is standard
    And transplant is not indicated under UK ALL R3

  @uk-r3 @Parker2010
  Scenario Outline: UK ALL R3 intermediate with MRD <mrd> after induction: transplant <verdict>
    Given frontline therapy ended on 10 January 2017
    And the relapse on 10 July 2018 shows 35 % marrow blasts and no extramedullary disease
    And MRD after reinduction is <mrd>
    Then the UK ALL R3 group is intermediate
    And transplant <verdict> under UK ALL R3

    Examples: just below, at and above 10^-4
      | mrd       | verdict          |
      | 0         | is not indicated |
      | 9 x 10^-5 | is not indicated |
      | 10^-4     | is indicated     |
      | 2 x 10^-4 | is indicated     |

  @uk-r3 @Parker2010 @missing-data
  Scenario: UK ALL R3 intermediate without MRD: transplant pending MRD
    Given frontline therapy ended on 10 January 2017
    And the relapse on 10 July 2018 shows 35 % marrow blasts and no extramedullary disease
    Then the UK ALL R3 group is intermediate
    And transplant is pending MRD under UK ALL R3
    And the MRD after reinduction is reported as missing

  @uk-r3 @Parker2010
  Scenario: UK ALL R3 high risk: transplant
    Given frontline therapy ended on 10 January 2017
    And the relapse on 10 May 2017 shows 60 % marrow blasts and no extramedullary disease
    And MRD after reinduction is 0
    Then the UK ALL R3 group is high
    And transplant is indicated under UK ALL R3

  @cog @HungerRaetz2020
  Scenario: COG low risk: no transplant
    Given frontline therapy ended on 10 January 2017
    And the relapse on 10 July 2018 shows 35 % marrow blasts and no extramedullary disease
    And MRD after reinduction is 9 x 10^-4
    Then the COG risk group is low
    And transplant is not indicated under COG

  @cog @HungerRaetz2020 @Brown2021 @unverified
  Scenario: COG intermediate risk: transplant
    Given frontline therapy ended on 10 January 2017
    And the relapse on 10 July 2018 shows 35 % marrow blasts and no extramedullary disease
    And MRD after reinduction is 10^-3
    Then the COG risk group is intermediate
    And transplant is indicated under COG

  @cog @HungerRaetz2020 @Brown2021
  Scenario: COG high risk: transplant
    Given frontline therapy ended on 10 January 2017
    And the relapse on 10 May 2017 shows 60 % marrow blasts and no extramedullary disease
    And MRD after reinduction is 0
    Then the COG risk group is high
    And transplant is indicated under COG

  @cog @HungerRaetz2020 @missing-data
  Scenario: COG late relapse without MRD: transplant pending MRD
    Given frontline therapy ended on 10 January 2017
    And the relapse on 10 July 2018 shows 35 % marrow blasts and no extramedullary disease
    Then the COG risk group is pending MRD
    And transplant is pending MRD under COG

  @divergence @Eckert2013 @Parker2010 @HungerRaetz2020
  Scenario Outline: MRD <mrd> splits the schemes for a late B-precursor marrow relapse
    Given frontline therapy ended on 10 January 2017
    And the relapse on 10 July 2018 shows 35 % marrow blasts and no extramedullary disease
    And MRD after reinduction is <mrd>
    Then transplant <BFM> under BFM
    And transplant <UK> under UK ALL R3
    And transplant <COG> under COG

    Examples:
      | mrd       | BFM              | UK               | COG              |
      | 5 x 10^-5 | is not indicated | is not indicated | is not indicated |
      | 5 x 10^-4 | is not indicated | is indicated     | is not indicated |
      | 0.05 %    | is not indicated | is indicated     | is not indicated |
      | 5 x 10^-3 | is indicated     | is indicated     | is indicated     |

  @vignette @case-9.1 @Tallen2010 @Parker2010 @HungerRaetz2020
  Scenario: section 9 vignette: B-precursor, 60 % marrow at 12 months: S4, high, high, transplant everywhere
    Given the patient is still on frontline therapy
    And the relapse on 10 January 2016 shows 60 % marrow blasts and no extramedullary disease
    Then the BFM time to relapse is very early
    And the BFM stratum is S4
    And the UK ALL R3 group is high
    And the COG time to relapse is early
    And the COG risk group is high
    And transplant is indicated under BFM
    And transplant is indicated under UK ALL R3
    And transplant is indicated under COG

  @vignette @case-9.2 @Tallen2010 @Parker2010 @HungerRaetz2020 @divergence
  Scenario: section 9 vignette: B-precursor, 2 % marrow with CNS3 at 52 months: S1, standard, COG pending MRD
    Given frontline therapy ended on 10 January 2017
    And the relapse on 10 May 2019 shows 2 % marrow blasts and no extramedullary disease
    And the CNS status at relapse is CNS3
    Then the relapse site is isolated extramedullary
    And the BFM time to relapse is late
    And the BFM stratum is S1
    And the UK ALL R3 group is standard
    And the COG time to relapse is late
    And the COG risk group is pending MRD
    And transplant is not indicated under BFM
    And transplant is not indicated under UK ALL R3
    And transplant is pending MRD under COG

  @vignette @case-9.4 @Eckert2013 @Parker2010 @HungerRaetz2020 @divergence
  Scenario: section 9 vignette: B-precursor, 35 % marrow, late, MRD 2 x 10^-4: BFM no, UK yes, COG no
    Given frontline therapy ended on 10 January 2017
    And the relapse on 10 July 2018 shows 35 % marrow blasts and no extramedullary disease
    And MRD after reinduction is 2 x 10^-4
    Then the BFM time to relapse is late
    And the BFM stratum is S2
    And the UK ALL R3 group is intermediate
    And the COG time to relapse is late
    And the COG risk group is low
    And transplant is not indicated under BFM
    And transplant is indicated under UK ALL R3
    And transplant is not indicated under COG
