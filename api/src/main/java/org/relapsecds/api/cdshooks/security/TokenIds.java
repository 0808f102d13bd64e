package org.relapsecds.api.cdshooks.security;

import java.time.Instant;

/** The token ids ({@code jti}) already used, per issuer: a second use of one is a replay. */
public interface TokenIds {
  /** Longest {@code jti} recorded; a longer one is refused before it is looked up. */
  int MAX_JTI_LENGTH = 255;

  /** Longest issuer an allow-listed client may have. */
  int MAX_ISSUER_LENGTH = 500;

  /**
   * Records a token id, atomically: of two calls with the same issuer and id, on any server, one
   * gets true.
   *
   * @param keepUntil when the id may be forgotten (the token's expiry plus the clock skew)
   * @return false when the id was used before
   */
  boolean firstUse(String issuer, String jti, Instant keepUntil);
}
