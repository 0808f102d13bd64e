-- CDS Hooks: the token ids (jti) already used, per issuer, shared by every server on this database.
-- A call's token id is inserted before the call is served; the primary key makes a second insert
-- of the same (issuer, jti) fail, on this server or another one: that failure is the replay check.
-- Rows are kept until the token's expiry plus the clock skew, then purged.
CREATE TABLE cds_token_id (
  issuer     VARCHAR(500) NOT NULL,
  jti        VARCHAR(255) NOT NULL,
  expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (issuer, jti)
);

CREATE INDEX cds_token_id_by_expiry ON cds_token_id (expires_at);
