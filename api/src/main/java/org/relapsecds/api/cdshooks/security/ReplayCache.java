package org.relapsecds.api.cdshooks.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token ids ({@code jti}) seen, per issuer, until the token's expiry plus the clock skew: a second
 * use of one is a replay. Bounded: expired ids are purged when the store is full, and if it is
 * still full a new token is refused (fail closed) rather than an unexpired id forgotten.
 *
 * <p>In memory, so it guards one server. Two servers behind one address need a shared store (a
 * table with a primary key on issuer and jti, inserted before the call is served, so the second
 * insert fails), or affinity of each client to one server.
 */
public final class ReplayCache {
  private final Map<String, Instant> seen = new ConcurrentHashMap<>();
  private final int capacity;
  private final Clock clock;

  public ReplayCache(int capacity, Clock clock) {
    this.capacity = capacity;
    this.clock = clock;
  }

  /**
   * Records a token id.
   *
   * @param keepUntil when the id may be forgotten (expiry plus skew)
   * @return false when the id was seen before, or the store is full of unexpired ids
   */
  public boolean firstUse(String issuer, String jti, Instant keepUntil) {
    if (seen.size() >= capacity) {
      purge();
      if (seen.size() >= capacity) {
        return false;
      }
    }
    return seen.putIfAbsent(issuer.length() + ":" + issuer + jti, keepUntil) == null;
  }

  private void purge() {
    Instant now = clock.instant();
    for (Iterator<Instant> i = seen.values().iterator(); i.hasNext(); ) {
      if (i.next().isBefore(now)) {
        i.remove();
      }
    }
  }

  int size() {
    return seen.size();
  }
}
