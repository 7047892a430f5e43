package io.pyra.support.report;

import java.math.BigDecimal;

/**
 * The late cases of one grade, assignee, team or branch: how many, and how late the latest and the
 * average are, in real hours. {@code key} is the grade or the id (null: no assignee or no branch);
 * {@code name} the grade, person or unit as the database names it.
 */
public record DelayGroup(
    String key, String name, long cases, BigDecimal maxHoursLate, BigDecimal averageHoursLate) {}
