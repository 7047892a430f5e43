package io.pyra.marketing;

import io.pyra.customer.CustomerId;
import io.pyra.identity.OrgUnitId;
import io.pyra.identity.UserId;
import java.time.Instant;

/**
 * A visit was booked (or rescheduled: the same appointment with a new time) for a lead ({@code
 * leadId}, may be null) or a customer ({@code customerId}, may be null) at a centre, with a
 * consultant, by an agent.
 */
public record AppointmentBooked(
    AppointmentId appointmentId,
    LeadId leadId,
    CustomerId customerId,
    CampaignId campaignId,
    OrgUnitId centreId,
    UserId consultantId,
    UserId bookedBy,
    Instant startsAt) {}
