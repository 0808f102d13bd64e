package org.relapsecds.api.audit;

/**
 * One line of the audit log: who did what, when, to what, with which result.
 *
 * @param at ISO-8601 instant
 * @param actor the user name (or {@code system})
 * @param action e.g. {@code rule.save}, {@code rules.publish}, {@code rules.publish.refused},
 *     {@code login.failed}, {@code login.throttled}
 * @param target the file, commit or knowledge-base version concerned; may be null
 * @param detail a plain sentence: the reason given, the refusal's points, the new version
 */
public record AuditEvent(String at, String actor, String action, String target, String detail) {}
