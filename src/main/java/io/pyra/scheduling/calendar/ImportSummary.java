package io.pyra.scheduling.calendar;

import java.util.List;

/**
 * What an imported iCalendar file gave: every VEVENT of the file is counted once, as imported or
 * left out by reason.
 *
 * @param kind HOLIDAYS (whole-day events as closures) or BOOKINGS (timed events as external
 *     bookings of one resource)
 * @param events the VEVENTs of the file
 * @param imported the closures or bookings added
 * @param alreadyImported events an earlier import (or an earlier event of the file) added already
 * @param otherKind events of the other kind (timed in a holiday file, whole-day in a bookings
 *     file), left out
 * @param undated events without a start, or without an end after their start, left out
 * @param recurring recurring events added with their first occurrence only
 * @param titles the titles of the first imported events, for the page (at most 20)
 * @param nothingToImport why a valid file gave nothing to import ({@code no-events}: no VEVENT at
 *     all; {@code no-whole-day-events}: none to take as holidays; {@code no-timed-events}: none to
 *     book), {@code null} when it had events of the kind
 */
public record ImportSummary(
    String kind,
    int events,
    int imported,
    int alreadyImported,
    int otherKind,
    int undated,
    int recurring,
    List<String> titles,
    String nothingToImport) {}
