/**
 * The engine: compiles DRL sources into a versioned, immutable {@link
 * org.relapsecds.rules.engine.KnowledgeBase} and evaluates cases into an {@link
 * org.relapsecds.rules.engine.Outcome}. No Drools type appears in this package's public API.
 */
package org.relapsecds.rules.engine;
