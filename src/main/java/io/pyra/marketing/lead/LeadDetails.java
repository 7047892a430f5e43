package io.pyra.marketing.lead;

import java.util.UUID;

/** What a lead is, checked and normalized (phones in E.164, the e-mail in lower case). */
record LeadDetails(
    LeadSource source,
    UUID campaignId,
    String name,
    String phone,
    String phoneOther,
    String email,
    UUID interestProductId,
    UUID interestCategoryId,
    UUID centreId,
    String notes,
    boolean consentEmail,
    boolean consentSms,
    boolean consentPhone) {}
