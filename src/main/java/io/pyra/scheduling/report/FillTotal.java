package io.pyra.scheduling.report;

import java.math.BigDecimal;
import java.time.YearMonth;

/** A month's sessions together: the sum enrolled over the sum of places (null: no sessions). */
public record FillTotal(
    YearMonth month, long sessions, long enrolled, long capacity, BigDecimal percent) {}
