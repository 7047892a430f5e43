package io.pyra.support.report;

import java.time.Instant;
import java.util.List;

/**
 * The delay report at {@code asOf}: the late cases by group, their total, and the latest {@link
 * DelayReport#MAX_CASES} of them, latest first ({@code more} when there are others).
 */
public record Delays(
    Instant asOf,
    DelayGrouping groupBy,
    CaseTypes types,
    long total,
    List<DelayGroup> groups,
    List<LateCase> cases,
    boolean more) {}
