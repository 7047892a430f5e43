package io.pyra.support.report;

import java.math.BigDecimal;
import java.util.List;

/**
 * Satisfaction after resolution for the cases resolved in a month: how many were resolved, how many
 * rated (1–5), the mean score (two decimals, null when none was rated) and how many gave each score
 * ({@code scores.get(0)} is the number of 1s).
 */
public record SatisfactionMonth(
    String month, long resolved, long rated, BigDecimal averageScore, List<Long> scores) {}
