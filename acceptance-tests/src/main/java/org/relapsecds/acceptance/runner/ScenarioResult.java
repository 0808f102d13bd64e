package org.relapsecds.acceptance.runner;

/**
 * The result of one scenario (one Examples row of an outline).
 *
 * @param feature the feature's title
 * @param name the scenario's name, placeholders filled in
 * @param passed whether every step passed
 * @param failure why it failed; null when it passed
 */
public record ScenarioResult(String feature, String name, boolean passed, String failure) {}
