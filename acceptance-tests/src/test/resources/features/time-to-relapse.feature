@timing @Fuster2014 @Tallen2010 @Parker2010 @Nguyen2008 @HungerRaetz2020
Feature: Time to relapse
  BFM and UK ALL R3 count very early from diagnosis (< 18 months) and early vs late from the end of
  frontline therapy (6 months); COG counts everything from diagnosis (36 months for a marrow relapse,
  18 months for an isolated extramedullary one). Months are calendar months; a relapse exactly at a
  cut-off belongs to the later category (project convention, clinical specification section 1).

  Scenario Outline: BFM and UK ALL R3, 18 months from diagnosis: relapse on <relapse date> is <timing>
    Given a patient with B-precursor ALL diagnosed on <diagnosis date>
    And the patient is still on frontline therapy
    And the relapse on <relapse date> shows 60 % marrow blasts and no extramedullary disease
    Then the BFM time to relapse is <timing>
    And the UK ALL R3 time to relapse is <timing>

    Examples: day before, day of and day after the cut-off
      | diagnosis date  | relapse date | timing     |
      | 10 January 2015 | 9 July 2016  | very early |
      | 10 January 2015 | 10 July 2016 | early      |
      | 10 January 2015 | 11 July 2016 | early      |

    Examples: 31 August plus 18 months is clipped to 28 February
      | diagnosis date | relapse date     | timing     |
      | 31 August 2015 | 27 February 2017 | very early |
      | 31 August 2015 | 28 February 2017 | early      |
      | 31 August 2015 | 1 March 2017     | early      |

  Scenario Outline: BFM and UK ALL R3, 6 months after the end of therapy: relapse on <relapse date> is <timing>
    Given a patient with B-precursor ALL diagnosed on 10 January 2015
    And frontline therapy ended on <end of therapy>
    And the relapse on <relapse date> shows 60 % marrow blasts and no extramedullary disease
    Then the BFM time to relapse is <timing>
    And the UK ALL R3 time to relapse is <timing>

    Examples: day before, day of and day after the cut-off
      | end of therapy  | relapse date | timing |
      | 10 January 2017 | 9 July 2017  | early  |
      | 10 January 2017 | 10 July 2017 | late   |
      | 10 January 2017 | 11 July 2017 | late   |

    Examples: 31 August plus 6 months is clipped to 28 February
      | end of therapy | relapse date     | timing |
      | 31 August 2017 | 27 February 2018 | early  |
      | 31 August 2017 | 28 February 2018 | late   |
      | 31 August 2017 | 1 March 2018     | late   |

  Scenario Outline: BFM and UK ALL R3, therapy ended after 2 months: relapse on <relapse date> is <timing>
    Given a patient with B-precursor ALL diagnosed on 10 January 2015
    And frontline therapy ended on 10 March 2015
    And the relapse on <relapse date> shows 60 % marrow blasts and no extramedullary disease
    Then the BFM time to relapse is <timing>
    And the UK ALL R3 time to relapse is <timing>

    Examples:
      | relapse date | timing     |
      | 9 July 2016  | very early |
      | 10 July 2016 | late       |

  Scenario Outline: COG, 36 months from diagnosis for a <description> relapse on <relapse date>: <timing>
    Given a patient with B-precursor ALL diagnosed on 10 January 2015
    And frontline therapy ended on 10 January 2017
    And the relapse on <relapse date> shows <blasts> marrow blasts and <extramedullary>
    Then the COG time to relapse is <timing>

    Examples: isolated marrow
      | description     | relapse date    | blasts | extramedullary            | timing |
      | isolated marrow | 9 January 2018  | 60 %   | no extramedullary disease | early  |
      | isolated marrow | 10 January 2018 | 60 %   | no extramedullary disease | late   |
      | isolated marrow | 11 January 2018 | 60 %   | no extramedullary disease | late   |

    Examples: combined
      | description | relapse date    | blasts | extramedullary | timing |
      | combined    | 9 January 2018  | 30 %   | CNS disease    | early  |
      | combined    | 10 January 2018 | 30 %   | CNS disease    | late   |
      | combined    | 11 January 2018 | 30 %   | CNS disease    | late   |

  Scenario Outline: COG, 18 months from diagnosis for an isolated extramedullary relapse on <relapse date>: <timing>
    Given a patient with B-precursor ALL diagnosed on 10 January 2015
    And the patient is still on frontline therapy
    And the relapse on <relapse date> shows 1 % marrow blasts and CNS disease
    Then the COG time to relapse is <timing>

    Examples:
      | relapse date | timing |
      | 9 July 2016  | early  |
      | 10 July 2016 | late   |
      | 11 July 2016 | late   |

  @divergence
  Scenario: a relapse at 40 months still on a 3.5-year frontline regimen is early for BFM and UK but late for COG
    Given a patient with B-precursor ALL diagnosed on 10 January 2015
    And the patient is still on frontline therapy
    And the relapse on 10 May 2018 shows 60 % marrow blasts and no extramedullary disease
    Then the BFM time to relapse is early
    And the UK ALL R3 time to relapse is early
    And the COG time to relapse is late

  Scenario Outline: a relapse while still on frontline therapy is never late under BFM or UK ALL R3 (<relapse date>)
    Given a patient with B-precursor ALL diagnosed on 10 January 2015
    And the patient is still on frontline therapy
    And the relapse on <relapse date> shows 60 % marrow blasts and no extramedullary disease
    Then the BFM time to relapse is early
    And the UK ALL R3 time to relapse is early

    Examples:
      | relapse date    |
      | 10 July 2016    |
      | 10 January 2020 |

  @divergence
  Scenario: an isolated CNS relapse at 24 months, 5 months after the end of therapy: early for BFM and UK, late for COG
    Given a patient with B-precursor ALL diagnosed on 10 January 2015
    And frontline therapy ended on 10 August 2016
    And the relapse on 10 January 2017 shows 1 % marrow blasts and CNS disease
    Then the BFM time to relapse is early
    And the UK ALL R3 time to relapse is early
    And the COG time to relapse is late
