@site @Buchmann2022
Feature: Site of relapse
  The site class follows from the marrow blasts (M1 < 5 %, M2 5 to < 25 %, M3 >= 25 %) and the
  extramedullary sites that count (clinical specification, section 2). A relapse that is not
  established gets no risk group and a request to confirm it.

  Background:
    Given a patient with B-precursor ALL diagnosed on 10 January 2015
    And frontline therapy ended on 10 January 2017

  Scenario Outline: <blasts> marrow blasts with <extramedullary> is <site>
    Given the relapse on 10 July 2018 shows <blasts> marrow blasts and <extramedullary>
    Then the relapse site is <site>

    Examples: marrow grade cut-offs without extramedullary disease
      | blasts | extramedullary            | site            |
      | 0 %    | no extramedullary disease | not established |
      | 4.9 %  | no extramedullary disease | not established |
      | 5 %    | no extramedullary disease | not established |
      | 24.9 % | no extramedullary disease | not established |
      | 25 %   | no extramedullary disease | isolated marrow |
      | 100 %  | no extramedullary disease | isolated marrow |

    Examples: marrow cut-off with extramedullary disease
      | blasts | extramedullary               | site                    |
      | 0 %    | testicular disease           | isolated extramedullary |
      | 4.9 %  | CNS disease                  | isolated extramedullary |
      | 5 %    | CNS disease                  | combined                |
      | 24.9 % | testicular disease           | combined                |
      | 25 %   | other extramedullary disease | combined                |
      | 2 %    | CNS and testicular disease   | isolated extramedullary |
      | 60 %   | CNS and testicular disease   | combined                |
      | 3 %    | other extramedullary disease | isolated extramedullary |

  Scenario Outline: confirmation by another method makes <blasts> marrow blasts without extramedullary disease <site>
    Given the relapse on 10 July 2018 shows <blasts> marrow blasts and no extramedullary disease
    And another method found at least 1 % blasts in the same marrow
    Then the relapse site is <site>

    Examples:
      | blasts | site            |
      | 4.9 %  | not established |
      | 5 %    | isolated marrow |
      | 24.9 % | isolated marrow |

  Scenario: an unconfirmed M2 marrow without extramedullary disease asks for confirmation by another method
    Given the relapse on 10 July 2018 shows 12 % marrow blasts and no extramedullary disease
    Then the relapse site is not established
    And confirming the relapse is recommended
    And no risk group is assigned under any scheme
    And reinduction is not recommended

  Scenario: an M1 marrow without extramedullary disease asks for a repeat marrow
    Given the relapse on 10 July 2018 shows 3 % marrow blasts and no extramedullary disease
    Then the relapse site is not established
    And confirming the relapse is recommended
    And no risk group is assigned under any scheme

  Scenario: an established isolated marrow relapse needs no confirmation
    Given the relapse on 10 July 2018 shows 35 % marrow blasts and no extramedullary disease
    Then the relapse site is isolated marrow
    And confirming the relapse is not recommended

  Scenario: CNS3 at relapse counts as CNS involvement even when CNS is not listed
    Given the relapse on 10 July 2018 shows 2 % marrow blasts and no extramedullary disease
    And the CNS status at relapse is CNS3
    Then the relapse site is isolated extramedullary

  Scenario: CNS listed without a CNS status counts as CNS involvement
    Given the relapse on 10 July 2018 shows 2 % marrow blasts and CNS disease
    Then the relapse site is isolated extramedullary

  Scenario: CNS listed with CNS3 counts as CNS involvement
    Given the relapse on 10 July 2018 shows 30 % marrow blasts and CNS disease
    And the CNS status at relapse is CNS3
    Then the relapse site is combined

  Scenario Outline: CNS listed with <status> is not a CNS relapse, and the outcome says why
    Given the relapse on 10 July 2018 shows 2 % marrow blasts and CNS disease
    And the CNS status at relapse is <status>
    Then the relapse site is not established
    And the CNS not counted alert is raised

    Examples:
      | status |
      | CNS1   |
      | CNS2   |

  Scenario: CNS2 without signs is not a CNS relapse: repeat the lumbar puncture
    Given the relapse on 10 July 2018 shows 40 % marrow blasts and no extramedullary disease
    And the CNS status at relapse is CNS2
    Then the relapse site is isolated marrow
    And a repeat lumbar puncture is recommended

  Scenario: CNS2 listed as a site is not counted and the lumbar puncture is repeated
    Given the relapse on 10 July 2018 shows 40 % marrow blasts and CNS disease
    And the CNS status at relapse is CNS2
    Then the relapse site is isolated marrow
    And a repeat lumbar puncture is recommended

  Scenario: CNS2 with an unconfirmed M1 marrow is not established
    Given the relapse on 10 July 2018 shows 1 % marrow blasts and no extramedullary disease
    And the CNS status at relapse is CNS2
    Then the relapse site is not established
    And a repeat lumbar puncture is recommended
    And confirming the relapse is recommended

  Scenario: CNS1 at relapse needs no repeat lumbar puncture
    Given the relapse on 10 July 2018 shows 40 % marrow blasts and no extramedullary disease
    And the CNS status at relapse is CNS1
    Then a repeat lumbar puncture is not recommended

  @ALLREZTestis2014
  Scenario: testicular involvement reported without listing the testis as a site does not count
    Given the relapse on 10 July 2018 shows 1 % marrow blasts and no extramedullary disease
    And the testicular involvement is unilateral
    Then the relapse site is not established
    And the inconsistent input alert is raised as WARNING

  @ALLREZTestis2014
  Scenario: a testicular laterality without TESTIS beside a CNS relapse leaves the site class unchanged
    Given the relapse on 10 July 2018 shows 1 % marrow blasts and CNS disease
    And the testicular involvement is unilateral
    Then the relapse site is isolated extramedullary
    And the inconsistent input alert mentions "site class stays the same"
    And testicular local therapy is not recommended

  Scenario Outline: a <laterality> biopsy-proven testicular relapse is extramedullary
    Given the relapse on 10 July 2018 shows 1 % marrow blasts and testicular disease
    And the testicular involvement is <laterality>
    Then the relapse site is isolated extramedullary

    Examples:
      | laterality |
      | unilateral |
      | bilateral  |
