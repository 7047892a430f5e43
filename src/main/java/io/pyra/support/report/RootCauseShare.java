package io.pyra.support.report;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A root cause on the Pareto chart: its complaints, its share of the complaints with a root cause
 * and the cumulative share down to it (percent, one decimal); {@code name} null where no name is
 * known.
 */
public record RootCauseShare(
    UUID rootCauseId, String name, long complaints, BigDecimal share, BigDecimal cumulativeShare) {}
