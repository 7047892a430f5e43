package io.pyra.marketing.lead;

import java.util.UUID;

/**
 * Record or change a lead as a user typed it (or a form or an import row gave it). {@code source}
 * is a {@link LeadSource} name; {@code interestId} a catalogue product or category; {@code
 * centreId} a branch; {@code ownerId} null keeps the owner (the writer for a new one); {@code
 * orgUnitId} null keeps the org unit (the owner's for a new one). {@code duplicateReason}, when
 * given, saves the lead despite likely duplicates and is kept in its history.
 */
public record SaveLead(
    String source,
    UUID campaignId,
    String name,
    String phone,
    String phoneOther,
    String email,
    UUID interestId,
    UUID centreId,
    String notes,
    boolean consentEmail,
    boolean consentSms,
    boolean consentPhone,
    UUID ownerId,
    UUID orgUnitId,
    String duplicateReason) {}
