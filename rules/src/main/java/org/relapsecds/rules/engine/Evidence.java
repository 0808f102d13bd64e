package org.relapsecds.rules.engine;

/**
 * A source that supports a rule.
 *
 * @param key the key of the sources table, e.g. {@code Parker2010}
 * @param citation the full reference; for an unknown key, a note saying so
 */
public record Evidence(String key, String citation) {}
