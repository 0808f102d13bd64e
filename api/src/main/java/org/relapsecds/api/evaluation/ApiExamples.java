package org.relapsecds.api.evaluation;

/** Request and response examples shown in the OpenAPI document (from the API contract). */
public final class ApiExamples {
  private ApiExamples() {}

  /** The contract's example case. */
  public static final String CASE =
      """
      {
        "caseId": "demo-001",
        "patient":   { "birthDate": "2008-03-02", "sex": "MALE" },
        "diagnosis": { "date": "2015-01-10", "immunophenotype": "B_PRECURSOR", "cnsStatus": "CNS1" },
        "frontlineTherapy": { "endDate": "2017-01-10" },
        "relapse": {
          "date": "2018-07-10",
          "number": 1,
          "marrowBlastPercent": 35.0,
          "extramedullarySites": ["CNS", "TESTIS"],
          "cnsStatus": "CNS3",
          "testicularInvolvement": "UNILATERAL",
          "cd19": "POSITIVE",
          "cd22": "UNKNOWN",
          "genetics": ["ETV6_RUNX1"]
        },
        "response": { "secondRemission": true, "mrd": 0.0002 },
        "history": {
          "priorRegimens": 1,
          "priorHsct": false,
          "asparaginaseHypersensitivity": false,
          "priorCranialIrradiation": false
        }
      }
      """;

  /** The shape of an outcome, as the contract shows it. */
  public static final String OUTCOME =
      """
      {
        "decisionId": "3f2b8c1e-6a4d-4e0f-9b1a-2c5d7e8f9a0b",
        "caseId": "demo-001",
        "knowledgeBase": { "version": "3f1c2a9b7d4e", "ruleCount": 120 },
        "relapse": { "site": "ISOLATED_MARROW", "marrowGrade": "M3",
                     "monthsFromDiagnosis": 42, "monthsFromEndOfTherapy": 18 },
        "risk": {
          "BFM":   { "timing": "LATE", "group": "S2", "groupPending": null, "hsct": "NOT_INDICATED",
                     "reason": "BFM S2: ..." },
          "UK_R3": { "timing": "LATE", "group": "INTERMEDIATE", "groupPending": null,
                     "hsct": "INDICATED", "reason": "UK ALL R3 INTERMEDIATE: ..." },
          "COG":   { "timing": "LATE", "group": "LOW", "groupPending": null, "hsct": "NOT_INDICATED",
                     "reason": "COG LOW: ..." }
        },
        "recommendations": [ { "code": "REINDUCTION", "schemes": [], "title": "Reinduction",
                               "rationale": "...",
                               "evidence": [ { "key": "Parker2010", "citation": "..." } ],
                               "rule": "..." } ],
        "alerts": [ { "code": "NOT_A_TREATMENT_ORDER", "severity": "INFO", "message": "...",
                      "evidence": [], "rule": "..." } ],
        "missingData": [],
        "firedRules": [ { "name": "...", "file": "site.drl",
                          "metadata": { "evidence": "Buchmann2022", "status": "verified" },
                          "derived": [ { "fact": "MarrowStatus", "text": "Marrow M3" } ] } ]
      }
      """;

  /** A 400 answer. */
  public static final String INVALID =
      """
      {
        "type": "urn:relapse-cds:problem:invalid-request",
        "title": "Invalid request",
        "status": 400,
        "detail": "2 fields of the request are not valid.",
        "instance": "/api/v1/evaluations",
        "errors": [
          { "field": "relapse.date", "message": "the relapse is before the diagnosis" },
          { "field": "relapse.cd19",
            "message": "'POS' is not one of the allowed values POSITIVE, NEGATIVE, UNKNOWN" }
        ]
      }
      """;

  /** Two lines of a batch. */
  public static final String BATCH =
      """
      {"caseId":"a","patient":{"birthDate":"2008-03-02"},"diagnosis":{"date":"2015-01-10","immunophenotype":"B_PRECURSOR"},"relapse":{"date":"2018-07-10","marrowBlastPercent":35.0}}
      {"caseId":"b","patient":{"birthDate":"2008-03-02"}}
      """;
}
