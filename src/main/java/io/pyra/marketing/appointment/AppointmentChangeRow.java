package io.pyra.marketing.appointment;

import java.time.Instant;
import java.util.UUID;

/** One change of an appointment, with the names of who made it and of the consultants. */
public record AppointmentChangeRow(
    UUID id,
    Instant at,
    String kind,
    String actorName,
    Instant oldStartsAt,
    Instant newStartsAt,
    String oldConsultantName,
    String newConsultantName,
    String note) {}
