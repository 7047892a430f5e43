package io.pyra.support.policy;

/**
 * An SLA policy as typed: {@code grade} (A, B, C), {@code severity} (SERIOUS, MINOR), the {@code
 * serviceCategory} code or none for any category, the targets as ISO-8601 durations of working time
 * ({@code PT2H}), whether it is active (yes when not given), and the version the change was made on
 * ({@code null} for a new policy).
 */
public record SavePolicy(
    String grade,
    String severity,
    String serviceCategory,
    String firstResponseTarget,
    String resolutionTarget,
    Boolean active,
    Long version) {}
