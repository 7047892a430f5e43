package io.pyra.interaction.value;

/**
 * A follow-up rule as typed: a {@code tier} (TOP, HIGH, MIDDLE, LOW) or a {@code grade} (A, B, C),
 * the most days without a contact record (1–730), the days after the job the task is due (0–365; 1
 * when not given), whether it is active (yes when not given), an optional note for the task, and
 * the version the change was made on ({@code null} for a new rule).
 */
public record SaveFollowUpRule(
    String tier,
    String grade,
    Integer maxDays,
    Integer dueInDays,
    Boolean active,
    String note,
    Long version) {}
