package io.pyra.scheduling.booking;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/** A weekly series as stored, with its bookings (one per occurrence, cancelled ones included). */
public record BookedSeries(
    UUID id,
    List<Integer> weekdays,
    int intervalWeeks,
    LocalDate firstDay,
    LocalDate lastDay,
    LocalTime startTime,
    LocalTime endTime,
    String timeZone,
    List<LocalDate> exceptions,
    List<Booking> bookings) {}
