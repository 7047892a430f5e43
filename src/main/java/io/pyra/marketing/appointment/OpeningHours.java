package io.pyra.marketing.appointment;

import java.time.LocalTime;

/** A centre's hours on one ISO weekday (1 Monday … 7 Sunday), in the centre's time zone. */
public record OpeningHours(int weekday, LocalTime opensAt, LocalTime closesAt) {}
