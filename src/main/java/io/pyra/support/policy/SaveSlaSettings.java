package io.pyra.support.policy;

/**
 * The SLA settings as typed: the warning share in percent (1–99), whether a breach escalates, the
 * further working time to the second level as an ISO-8601 duration, the code of the org unit a
 * breached case may be reassigned to (none: blank), and the version the change was made on.
 */
public record SaveSlaSettings(
    Integer warningPercent,
    Boolean escalateOnBreach,
    String secondEscalationAfter,
    String breachTeam,
    Long version) {}
