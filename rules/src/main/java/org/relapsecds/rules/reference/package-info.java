/**
 * Reference cases as data: the example vignettes of the clinical specification (section 9) and the
 * cases of its version 2 changes (section 10), each with its facts and the outcome the
 * specification gives for them, read from {@code reference-cases.json} by {@link
 * org.relapsecds.rules.reference.ReferenceCases#load()}. One source for the rules tests, the
 * publishing gate and the impact corpus; the {@code @vignette} scenarios say the same in Gherkin
 * and carry each case's id as a tag.
 */
package org.relapsecds.rules.reference;
