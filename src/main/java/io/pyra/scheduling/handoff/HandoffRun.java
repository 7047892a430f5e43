package io.pyra.scheduling.handoff;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One run of a target, as its log shows it.
 *
 * @param status SENT, NOTHING (nothing new or changed) or FAILED
 * @param reason why it failed, short and without secrets; {@code null} otherwise
 * @param files the names of the files written or posted
 */
public record HandoffRun(
    UUID id,
    UUID targetId,
    String targetName,
    String trigger,
    Instant startedAt,
    Instant finishedAt,
    String status,
    String reason,
    int newCount,
    int changedCount,
    int cancelledCount,
    List<String> files) {}
