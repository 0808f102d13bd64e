/**
 * Several servers, one set of published rules: the rule repository's git remote.
 *
 * <p>{@link org.relapsecds.authoring.remote.RuleReplica} pushes every publish, rollback and reload
 * commit to the remote with a compare-and-set on the published branch, and brings a server's
 * repository to the commit another server published. Plain Java and JGit; the api wires it.
 */
package org.relapsecds.authoring.remote;
