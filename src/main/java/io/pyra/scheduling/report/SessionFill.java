package io.pyra.scheduling.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;

/** One session: enrolled (not withdrawn) over its capacity. */
public record SessionFill(
    YearMonth month,
    UUID sessionId,
    UUID productId,
    String courseCode,
    String title,
    Instant startsAt,
    int enrolled,
    int capacity,
    BigDecimal percent) {}
