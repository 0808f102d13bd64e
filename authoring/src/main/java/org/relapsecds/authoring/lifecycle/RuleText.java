package org.relapsecds.authoring.lifecycle;

/**
 * The draft text of one rule file.
 *
 * @param version its version, what a conditional edit of it names
 * @param text the rule text
 */
public record RuleText(String version, String text) {}
