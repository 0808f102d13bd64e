package org.relapsecds.api.problem;

/**
 * One offending field of a request, as listed in a problem document's {@code errors}.
 *
 * @param field the field's path in the request, e.g. {@code relapse.date} or {@code
 *     relapse.genetics[1]}; {@code body} for the request as a whole
 * @param message what is wrong, in words a clinician understands
 */
public record InvalidField(String field, String message) {}
