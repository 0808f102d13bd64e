package org.relapsecds.authoring.lifecycle;

import org.relapsecds.authoring.impact.ImpactReport;

/**
 * A change of the active rules.
 *
 * @param action publish, rollback or reload
 * @param commit the new active version
 * @param previousVersion the knowledge base answering before
 * @param knowledgeBaseVersion the knowledge base answering now
 * @param ruleCount rules in it
 * @param impact what changed on the reference corpus (publish only; null otherwise)
 * @param millis gate, commit and switch
 */
public record Activation(
    String action,
    String commit,
    String previousVersion,
    String knowledgeBaseVersion,
    int ruleCount,
    ImpactReport impact,
    long millis) {}
