package io.pyra.marketing;

import io.pyra.customer.CustomerId;
import io.pyra.identity.UserId;
import java.time.Instant;

/**
 * The visitor of an appointment did not come (a no-show, recorded by {@code recordedBy}); the agent
 * who booked it ({@code bookedBy}) calls back. {@code leadId} or {@code customerId} may be null.
 */
public record VisitorMissed(
    AppointmentId appointmentId,
    LeadId leadId,
    CustomerId customerId,
    UserId bookedBy,
    UserId recordedBy,
    Instant startsAt) {}
