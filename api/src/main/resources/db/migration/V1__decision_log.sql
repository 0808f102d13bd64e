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
  duration_micros        BIGINT       NOT NULL,
  -- CDS Hooks feedback on the cards of this decision (JSON), written later by the feedback endpoint
  feedback_json          VARCHAR
);

CREATE INDEX decision_recorded_at ON decision (recorded_at);
CREATE INDEX decision_case_id ON decision (case_id, recorded_at);
CREATE INDEX decision_knowledge_base ON decision (knowledge_base_version, recorded_at);
CREATE INDEX decision_caller ON decision (caller_name, recorded_at);

-- Every recommendation and alert code of a decision, for the search by code.
CREATE TABLE decision_code (
  decision_id VARCHAR(36) NOT NULL REFERENCES decision (id) ON DELETE CASCADE,
  code        VARCHAR(64) NOT NULL,
  PRIMARY KEY (decision_id, code)
);

CREATE INDEX decision_code_code ON decision_code (code);
