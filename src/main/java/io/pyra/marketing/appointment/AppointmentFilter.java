package io.pyra.marketing.appointment;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** What a list of appointments is narrowed to; {@code from}/{@code to} bound the start. */
public record AppointmentFilter(
    UUID centreId,
    UUID consultantId,
    Instant from,
    Instant to,
    Set<AppointmentStatus> statuses,
    UUID bookedBy) {}
