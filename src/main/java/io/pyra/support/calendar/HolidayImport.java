package io.pyra.support.calendar;

import java.util.List;

/**
 * What an iCalendar file gave a calendar: the holidays added, the file's VEVENTs, and those left
 * out or shortened, by reason.
 *
 * @param holidays the holidays added
 * @param events the VEVENTs in the file
 * @param timed events with a time (or no start), left out
 * @param recurring recurring events added with their first occurrence only
 * @param alreadyCovered events on days the calendar (or an earlier event) already has off
 * @param outOfRange events before 1900 or after 2199, left out
 */
public record HolidayImport(
    List<Holiday> holidays,
    int events,
    int timed,
    int recurring,
    int alreadyCovered,
    int outOfRange) {}
