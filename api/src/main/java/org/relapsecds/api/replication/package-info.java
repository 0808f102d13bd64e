/**
 * Several servers behind a load balancer: the rule repository's git remote ({@code
 * cds.rules.remote}), the loop that fetches it and activates what another server published, and its
 * part in readiness. The git side is {@link org.relapsecds.authoring.remote}; docs/operations.md
 * describes the deployment.
 */
package org.relapsecds.api.replication;
