package org.relapsecds.api.cdshooks.security;

/**
 * A CDS client whose JWT passed every check.
 *
 * @param issuer the token's {@code iss}
 * @param name the configured label (default the issuer)
 * @param tenant the token's {@code tenant}, or null
 */
public record AuthenticatedClient(String issuer, String name, String tenant) {}
