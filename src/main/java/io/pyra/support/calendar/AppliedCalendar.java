package io.pyra.support.calendar;

import io.pyra.platform.LocalizedName;
import java.time.ZoneId;
import java.util.UUID;

/**
 * The business calendar that applies to an org unit: its id, code, name in both languages and time
 * zone, and whether it is the company's calendar.
 */
public record AppliedCalendar(
    UUID id, String code, LocalizedName name, ZoneId zone, boolean company) {}
