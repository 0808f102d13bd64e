/**
 * CDS Hooks 2.0 wire types: plain records, apart from the domain. Every record leaves out empty
 * members ({@code NON_EMPTY}), as the specification requires; {@code cards} and {@code services}
 * are always written.
 */
package org.relapsecds.api.cdshooks.wire;
