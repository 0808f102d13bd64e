/**
 * The fact model: the case as reported ({@link org.relapsecds.rules.model.RelapseCase}), the facts
 * the rules derive from it (site, timing, risk group, transplant indication per scheme) and the
 * outcome items they produce (recommendations, alerts, missing data).
 */
package org.relapsecds.rules.model;
