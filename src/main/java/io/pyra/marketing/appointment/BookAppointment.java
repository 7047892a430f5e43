package io.pyra.marketing.appointment;

import java.time.Instant;
import java.util.UUID;

/** A visit to book: for a lead and/or a customer, at a centre, with a consultant, at a time. */
public record BookAppointment(
    UUID leadId,
    UUID customerId,
    UUID centreId,
    UUID consultantId,
    Instant startsAt,
    String note) {}
