package io.pyra.marketing.lead;

import java.util.UUID;

/**
 * Convert a lead: {@code customerId} links an existing customer the user may read, otherwise a new
 * person customer is made from the lead (its name, phones, e-mail and consents; {@code
 * duplicateReason} saves it despite likely duplicates). {@code opportunityTitle}, when given, opens
 * an opportunity for the customer.
 */
public record ConvertLead(UUID customerId, String duplicateReason, String opportunityTitle) {}
