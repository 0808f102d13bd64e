package org.relapsecds.api.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Login throttling ({@code cds.security.throttle.*}); see {@link LoginThrottle}. Defaults: an
 * account is blocked after 5 failures, an address after 20 (many users may share one address behind
 * a hospital's NAT), both within 15 minutes; blocks start at 60 seconds and double up to 15
 * minutes; at most 10,000 unknown names and 10,000 addresses are remembered.
 */
@ConfigurationProperties("cds.security.throttle")
public record LoginThrottleProperties(
    Integer maxFailuresPerAccount,
    Integer maxFailuresPerAddress,
    Duration window,
    Duration firstBlock,
    Duration maxBlock,
    Integer capacity) {

  LoginThrottle.Limits limits() {
    return new LoginThrottle.Limits(
        maxFailuresPerAccount == null ? 5 : maxFailuresPerAccount,
        maxFailuresPerAddress == null ? 20 : maxFailuresPerAddress,
        window == null ? Duration.ofMinutes(15) : window,
        firstBlock == null ? Duration.ofSeconds(60) : firstBlock,
        maxBlock == null ? Duration.ofMinutes(15) : maxBlock,
        capacity == null ? 10_000 : capacity);
  }
}
