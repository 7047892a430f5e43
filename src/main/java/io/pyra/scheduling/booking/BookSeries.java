package io.pyra.scheduling.booking;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * A weekly series to book: on the ISO weekdays (1 Monday … 7 Sunday) every {@code intervalWeeks}
 * weeks from {@code firstDay} to {@code lastDay}, from {@code startTime} to {@code endTime} on the
 * clock of the booking's centre, but the days in {@code exceptions}; the rest as {@link
 * BookResources}.
 */
public record BookSeries(
    BookingPurpose purpose,
    String title,
    List<UUID> resourceIds,
    UUID orgUnitId,
    String note,
    List<Integer> weekdays,
    Integer intervalWeeks,
    LocalDate firstDay,
    LocalDate lastDay,
    LocalTime startTime,
    LocalTime endTime,
    List<LocalDate> exceptions) {}
