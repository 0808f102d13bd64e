Feature: Knowledge base version 2: the clinical safety corrections
  The ten changes of the clinical specification's section 10, each with the case that version 1 got
  wrong and its near misses. The reference patient has B-precursor ALL diagnosed on 10 January 2015;
  frontline therapy ended on 10 January 2017.

  Background:
    Given a patient with B-precursor ALL diagnosed on 10 January 2015
    And frontline therapy ended on 10 January 2017

  # ---- 1. Testicular involvement counts only when TESTIS is listed ----

  @case-10.1 @site @Buchmann2022 @ALLREZTestis2014
  Scenario: an early marrow relapse with a testicular laterality but TESTIS not listed stays BFM S3 and UK high
    Given the relapse on 10 March 2017 shows 30 % marrow blasts and no extramedullary disease
    And the testicular involvement is unilateral
    Then the relapse site is isolated marrow
    And the BFM group is S3
    And the UK ALL R3 group is high
    And the inconsistent input alert is raised as WARNING
    And the inconsistent input alert mentions "relapse.extramedullarySites"

  @site @Buchmann2022 @ALLREZTestis2014
  Scenario: the same relapse with TESTIS listed and its laterality is combined, BFM S2 and UK intermediate
    Given the relapse on 10 March 2017 shows 30 % marrow blasts and testicular disease
    And the testicular involvement is unilateral
    Then the relapse site is combined
    And the BFM group is S2
    And the UK ALL R3 group is intermediate
    And no inconsistent input alert is raised
    And the testicular involvement is not reported as missing

  @site @missing-data @ALLREZTestis2014
  Scenario: TESTIS listed without laterality counts, and the laterality is reported as missing
    Given the relapse on 10 March 2017 shows 30 % marrow blasts and testicular disease
    Then the relapse site is combined
    And the testicular involvement is reported as missing
    And no inconsistent input alert is raised

  @site @Buchmann2022
  Scenario: neither TESTIS nor a laterality: an isolated marrow relapse without any testicular finding
    Given the relapse on 10 March 2017 shows 30 % marrow blasts and no extramedullary disease
    Then the relapse site is isolated marrow
    And no inconsistent input alert is raised
    And the testicular involvement is not reported as missing

  # ---- 2. No second remission: HSCT is not performed under any scheme ----

  @transplant @Locatelli2012
  Scenario Outline: second remission <remission>: HSCT under the schemes of a very early marrow relapse
    Given the patient is still on frontline therapy
    And the relapse on 10 January 2016 shows 60 % marrow blasts and no extramedullary disease
    And <remission>
    Then the BFM group is S4
    And transplant is <verdict> under BFM
    And transplant is <verdict> under UK ALL R3
    And transplant is <verdict> under COG

    @case-10.2
    Examples: refractory
      | remission                                        | verdict                                               |
      | no second remission was reached after reinduction | not performed because there is no second remission |

    Examples: in remission or not yet known
      | remission                                        | verdict                                               |
      | second remission was reached after reinduction    | indicated                                             |
      | MRD after reinduction has not been measured       | indicated                                             |

  # ---- 3. Recombinant Erwinia asparaginase ----

  @reinduction @Pieters2011 @RylazeLabel
  Scenario: after asparaginase hypersensitivity the recombinant Erwinia product is named
    Given the relapse on 10 July 2018 shows 35 % marrow blasts and no extramedullary disease
    And the patient had a hypersensitivity reaction to asparaginase
    Then Erwinia asparaginase is recommended
    And the rationale for Erwinia asparaginase mentions "recombinant"
    And the rationale for Erwinia asparaginase mentions "plasma-derived"
    And the rationale for Erwinia asparaginase cites RylazeLabel

  # ---- 4. No cranial irradiation below 3 completed years ----

  @local-therapy @Pui2006 @unverified
  Scenario Outline: an isolated CNS relapse without planned HSCT at <age>: cranial irradiation <verdict>
    Given the patient is still on frontline therapy
    And the relapse on 10 May 2017 shows 2 % marrow blasts and CNS disease
    And the patient is <age> old at relapse
    And second remission was reached after reinduction
    And MRD after reinduction is 10^-4
    Then cranial irradiation is <verdict>
    And <alert>
    And no not covered alert is raised

    Examples:
      | age                   | verdict         | alert                                                     |
      | 2 years and 364 days  | not recommended | the cranial irradiation age alert is raised as WARNING    |
      | 3 years               | recommended     | no cranial irradiation age alert is raised                |

  @local-therapy @Locatelli2012
  Scenario: after earlier cranial irradiation the recommendation says to decide with the radiotherapist
    Given the relapse on 10 May 2019 shows 2 % marrow blasts and CNS disease
    And the patient had cranial irradiation before
    And second remission was reached after reinduction
    Then cranial irradiation is recommended
    And the rationale for cranial irradiation mentions "radiotherapist"
    And no cranial irradiation age alert is raised

  # ---- 5. Blinatumomab consolidation: BFM S3/S4 and COG high/intermediate ----

  @agents @Locatelli2021 @Brown2021
  Scenario: an early marrow relapse in remission (BFM S3, COG high) gets blinatumomab consolidation under BFM and COG
    Given the relapse on 10 March 2017 shows 30 % marrow blasts and no extramedullary disease
    And the CD19 status is positive
    And second remission was reached after reinduction
    Then blinatumomab is recommended under BFM
    And blinatumomab is recommended under COG
    And the rationale for blinatumomab cites Brown2021

  @agents @Locatelli2021 @Brown2021
  Scenario: BCR-ABL1-positive ALL gets no blinatumomab consolidation
    Given the relapse on 10 March 2017 shows 30 % marrow blasts and no extramedullary disease
    And the CD19 status is positive
    And the relapse clone carries BCR-ABL1
    And second remission was reached after reinduction
    Then blinatumomab is not recommended

  @agents @Brown2021
  Scenario Outline: a late marrow relapse (BFM S2) with MRD <mrd>: blinatumomab consolidation <verdict>
    Given the relapse on 10 May 2019 shows 60 % marrow blasts and no extramedullary disease
    And the CD19 status is positive
    And second remission was reached after reinduction
    And MRD after reinduction is <mrd>
    Then the BFM group is S2
    And the COG group is <cog>
    And blinatumomab is <verdict>

    Examples:
      | mrd       | cog          | verdict                    |
      | 2 x 10^-3 | intermediate | recommended under COG only |
      | 5 x 10^-4 | low          | not recommended            |

  # ---- 6. Third-line agents and the counting of prior regimens ----

  @refractory @Jeha2006 @Messinger2012
  Scenario: a first relapse in remission reporting 3 prior regimens gets no third-line agent
    Given the relapse on 10 March 2017 shows 30 % marrow blasts and no extramedullary disease
    And the patient has had 3 prior chemotherapy regimens
    And second remission was reached after reinduction
    Then clofarabine is not recommended
    And the bortezomib combination is not recommended
    And the inconsistent input alert is raised as WARNING

  @refractory @Jeha2006 @Locatelli2012
  Scenario Outline: a refractory first relapse with prior regimens <regimens>: clofarabine <verdict>
    Given the relapse on 10 March 2017 shows 30 % marrow blasts and no extramedullary disease
    And no second remission was reached after reinduction
    And <regimens>
    Then clofarabine is <verdict>
    And <alert>

    Examples:
      | regimens                                       | verdict         | alert                               |
      | the number of prior regimens is not sent       | recommended     | no inconsistent input alert is raised |
      | the patient has had 1 prior chemotherapy regimen | not recommended | the inconsistent input alert is raised |

  @refractory @missing-data @Jeha2006
  Scenario: a first relapse after HSCT without a count of prior regimens: the count is missing, not assumed
    Given the relapse on 10 March 2017 shows 30 % marrow blasts and no extramedullary disease
    And the patient had an allogeneic stem-cell transplant before this relapse
    And the number of prior regimens is not sent
    Then clofarabine is not recommended
    And the number of prior regimens is reported as missing

  # ---- 7. Revumenib ----

  @agents @safety @RevuforjLabel
  Scenario: a second relapse of KMT2A-rearranged ALL gets revumenib with its differentiation-syndrome alert
    Given the relapse on 10 July 2018 shows 35 % marrow blasts and no extramedullary disease
    And this is the second relapse
    And the relapse clone carries a KMT2A rearrangement
    Then revumenib is recommended
    And the revumenib differentiation syndrome alert is raised as WARNING

  @agents @RevuforjLabel
  Scenario: a first relapse of KMT2A-rearranged ALL in remission gets no revumenib
    Given the relapse on 10 July 2018 shows 35 % marrow blasts and no extramedullary disease
    And the relapse clone carries a KMT2A rearrangement
    And second remission was reached after reinduction
    Then revumenib is not recommended
    And no revumenib differentiation syndrome alert is raised

  # ---- 8. Trial-population notes ----

  @agents @Messinger2012
  Scenario: the bortezomib combination at 23 years is recommended with a trial-population note
    Given the relapse on 10 July 2018 shows 35 % marrow blasts and no extramedullary disease
    And this is the second relapse
    And the patient is 23 years old at relapse
    Then the bortezomib combination is recommended
    And the outside the trial population alert is raised as INFO

  @agents @Maude2018
  Scenario Outline: tisagenlecleucel at <age>: trial-population note <note>
    Given the patient is still on frontline therapy
    And the relapse on 10 May 2017 shows 60 % marrow blasts and no extramedullary disease
    And this is the second relapse
    And the patient is <age> old at relapse
    And the CD19 status is positive
    Then tisagenlecleucel is recommended
    And <note>

    Examples:
      | age                  | note                                             |
      | 2 years and 364 days | the outside the trial population alert is raised |
      | 3 years              | no outside the trial population alert is raised  |

  # ---- 9. Boxed warnings ----

  @safety @BlincytoLabel @KymriahLabel
  Scenario: blinatumomab and tisagenlecleucel come with their cytokine-release alerts
    Given the relapse on 10 July 2018 shows 35 % marrow blasts and no extramedullary disease
    And this is the second relapse
    And the CD19 status is positive
    Then blinatumomab is recommended
    And the blinatumomab cytokine release and neurotoxicity alert is raised as WARNING
    And tisagenlecleucel is recommended
    And the CAR T cytokine release and neurotoxicity alert is raised as WARNING

  @safety @BesponsaLabel
  Scenario Outline: inotuzumab after <history>: veno-occlusive disease alert <severity>
    Given the relapse on 10 July 2018 shows 35 % marrow blasts and no extramedullary disease
    And <history>
    And the CD22 status is positive
    Then inotuzumab ozogamicin is recommended
    And the inotuzumab veno-occlusive disease alert is raised as <severity>

    Examples:
      | history                                                            | severity |
      | the patient had an allogeneic stem-cell transplant before this relapse | CRITICAL |
      | this is the second relapse                                         | WARNING  |

  @safety @BlincytoLabel
  Scenario: no boxed-warning alert without its agent
    Given the relapse on 10 July 2018 shows 35 % marrow blasts and no extramedullary disease
    And second remission was reached after reinduction
    And MRD after reinduction is 2 x 10^-4
    Then blinatumomab is not recommended
    And no blinatumomab cytokine release and neurotoxicity alert is raised
    And no inotuzumab veno-occlusive disease alert is raised

  # ---- Reasons: which facts of this case decided each scheme ----

  @transplant @Parker2010
  Scenario: the UK ALL R3 result names the MRD that decided the transplant
    Given the relapse on 10 July 2018 shows 35 % marrow blasts and no extramedullary disease
    And second remission was reached after reinduction
    And MRD after reinduction is 2 x 10^-4
    Then transplant is indicated under UK ALL R3
    And the UK ALL R3 result says "isolated marrow relapse"
    And the UK ALL R3 result says "MRD 2 x 10^-4"
    And the BFM result says "HSCT in CR2 not indicated"
    And the rationale for HSCT in second remission mentions "UK ALL R3 INTERMEDIATE"
