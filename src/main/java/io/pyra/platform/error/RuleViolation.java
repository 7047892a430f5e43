package io.pyra.platform.error;

/**
 * One broken rule: the field it concerns (or {@code null} for the whole record), the rule's short
 * code (e.g. {@code unique}) and the message key with its arguments.
 */
public record RuleViolation(String field, String rule, String messageKey, Object... args) {}
