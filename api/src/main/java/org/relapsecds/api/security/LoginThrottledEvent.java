package org.relapsecds.api.security;

import java.time.Duration;

/**
 * Published when repeated failed logins start a block, for the audit trail.
 *
 * @param account the configured user name tried, or null (an unknown name or an API key)
 * @param address the client address
 * @param block how long attempts are refused
 */
public record LoginThrottledEvent(String account, String address, Duration block) {}
