package org.relapsecds.authoring.store;

/**
 * How one rule file differs between two commits.
 *
 * @param file the file name
 * @param change {@code ADD}, {@code MODIFY} or {@code DELETE}
 * @param patch the unified diff
 */
public record FileDiff(String file, String change, String patch) {}
