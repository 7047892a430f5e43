package io.pyra.scheduling.booking;

import java.time.Instant;
import java.time.LocalTime;

/** A free time of a resource's day: its start and end, and both on the centre's clock. */
public record FreeSlot(Instant startsAt, Instant endsAt, LocalTime from, LocalTime to) {}
