package io.pyra.scheduling.report;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.UUID;

/**
 * A course's sessions that start in a month: how many, the customers enrolled (not withdrawn) and
 * the places, and enrolled as a percentage of places.
 */
public record FillLine(
    YearMonth month,
    UUID productId,
    String courseCode,
    String courseName,
    long sessions,
    long enrolled,
    long capacity,
    BigDecimal percent) {}
