package org.relapsecds.authoring.remote;

/**
 * A published commit that this server's repository now has checked out.
 *
 * @param from the commit served before
 * @param commit the published commit, now the local head
 * @param value what the verifier produced for it (e.g. the compiled knowledge base)
 * @param abandoned a local commit that never reached the remote (the server stopped between its
 *     commit and its push) and is now replaced, kept under {@code refs/unpublished/}; null if none
 */
public record Adoption<T>(String from, String commit, T value, String abandoned) {}
