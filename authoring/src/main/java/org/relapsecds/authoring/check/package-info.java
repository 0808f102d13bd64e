/**
 * The rule check: an allow-list of what a clinical rule may say, applied to every DRL text before
 * the compiler sees it. Built on the Drools DRL parser's descriptors for the structure and
 * conditions and on JavaParser for the consequences; see docs/security.md, "Layer 1: the rule
 * check". Plain Java, no Spring.
 */
package org.relapsecds.authoring.check;
