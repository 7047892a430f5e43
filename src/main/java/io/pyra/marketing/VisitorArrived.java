package io.pyra.marketing;

import io.pyra.customer.CustomerId;
import io.pyra.identity.UserId;
import java.time.Instant;

/**
 * The visitor of an appointment arrived at the centre; {@code receivedBy} recorded it (the front
 * desk). {@code leadId} or {@code customerId} may be null.
 */
public record VisitorArrived(
    AppointmentId appointmentId,
    LeadId leadId,
    CustomerId customerId,
    UserId receivedBy,
    Instant arrivedAt) {}
