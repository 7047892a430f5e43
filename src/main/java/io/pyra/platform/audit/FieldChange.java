package io.pyra.platform.audit;

/** One field's value before and after a change, as text ({@code null} when absent). */
public record FieldChange(String field, String before, String after) {}
