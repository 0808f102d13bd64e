-- The decision log: one row per evaluation (single, batch line, workbench, CDS Hooks call).
-- Runs on H2 (MODE=PostgreSQL) and PostgreSQL alike: standard types only.
CREATE TABLE decision (
  id                     VARCHAR(36)  PRIMARY KEY,
  recorded_at            TIMESTAMP WITH TIME ZONE NOT NULL,
  channel                VARCHAR(32)  NOT NULL,
  caller_kind            VARCHAR(32)  NOT NULL,
  caller_name            VARCHAR(200) NOT NULL,
  hook_instance          VARCHAR(200),
  knowledge_base_version VARCHAR(64)  NOT NULL,
  case_id                VARCHAR(200),
  case_sha256            CHAR(64)     NOT NULL,
  -- the case as received (JSON); null when cds.decisions.store-case=false
  case_json              VARCHAR,
  -- risk per scheme, recommendation and alert codes, missing data, fired rule names (JSON)
  outcome_json           VARCHAR      NOT NULL,
  -- every recommendation and alert code once, space-separated with a space before and after each
  -- (' HSCT_IN_CR2 REINDUCTION '), for the search by code: one row per decision keeps writes cheap
  codes                  VARCHAR      NOT NULL,
  duration_micros        BIGINT       NOT NULL,
  -- CDS Hooks feedback on the cards of this decision (JSON), written later by the feedback endpoint
  feedback_json          VARCHAR
);

CREATE INDEX decision_recorded_at ON decision (recorded_at);
CREATE INDEX decision_case_id ON decision (case_id, recorded_at);
CREATE INDEX decision_knowledge_base ON decision (knowledge_base_version, recorded_at);
CREATE INDEX decision_caller ON decision (caller_name, recorded_at);
