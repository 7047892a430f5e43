package io.pyra.marketing.lead;

import io.pyra.platform.LocalizedName;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** A lead as lists and its page show it, with the names of what it refers to. */
public record LeadRow(
    UUID id,
    LeadSource source,
    UUID campaignId,
    String campaignCode,
    String campaignName,
    String name,
    String phone,
    String phoneOther,
    String email,
    UUID interestProductId,
    UUID interestCategoryId,
    LocalizedName interestName,
    UUID centreId,
    String centreName,
    String notes,
    LeadStatus status,
    DisqualifyReason disqualifyReason,
    String disqualifyNote,
    boolean consentEmail,
    boolean consentSms,
    boolean consentPhone,
    Instant consentAt,
    UUID customerId,
    UUID opportunityId,
    UUID ownerId,
    String ownerName,
    UUID orgUnitId,
    String orgUnitName,
    long version,
    Instant createdAt,
    Instant updatedAt,
    Instant convertedAt) {

  /** The interest's id: the product, else the category. */
  public UUID interestId() {
    return interestProductId != null ? interestProductId : interestCategoryId;
  }

  public String interestName(Locale locale) {
    return interestName == null ? null : interestName.in(locale);
  }

  public LeadRow withInterestName(LocalizedName name) {
    return new LeadRow(
        id,
        source,
        campaignId,
        campaignCode,
        campaignName,
        this.name,
        phone,
        phoneOther,
        email,
        interestProductId,
        interestCategoryId,
        name,
        centreId,
        centreName,
        notes,
        status,
        disqualifyReason,
        disqualifyNote,
        consentEmail,
        consentSms,
        consentPhone,
        consentAt,
        customerId,
        opportunityId,
        ownerId,
        ownerName,
        orgUnitId,
        orgUnitName,
        version,
        createdAt,
        updatedAt,
        convertedAt);
  }
}
