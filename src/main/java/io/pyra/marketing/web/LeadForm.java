package io.pyra.marketing.web;

import io.pyra.marketing.lead.LeadRow;
import io.pyra.marketing.lead.SaveLead;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** The lead form (new and edit); it carries the version read. */
public class LeadForm {

  @Size(max = 12)
  private String source = "PHONE";

  private UUID campaignId;

  @Size(max = 200)
  private String name;

  @Size(max = 40)
  private String phone;

  @Size(max = 40)
  private String phoneOther;

  @Size(max = 254)
  private String email;

  private UUID interestId;
  private UUID centreId;

  @Size(max = 2000)
  private String notes;

  private boolean consentEmail;
  private boolean consentSms;
  private boolean consentPhone;
  private UUID ownerId;
  private UUID orgUnitId;

  @Size(max = 500)
  private String duplicateReason;

  private Long version;

  static LeadForm of(LeadRow row) {
    LeadForm form = new LeadForm();
    form.source = row.source().name();
    form.campaignId = row.campaignId();
    form.name = row.name();
    form.phone = row.phone();
    form.phoneOther = row.phoneOther();
    form.email = row.email();
    form.interestId = row.interestId();
    form.centreId = row.centreId();
    form.notes = row.notes();
    form.consentEmail = row.consentEmail();
    form.consentSms = row.consentSms();
    form.consentPhone = row.consentPhone();
    form.ownerId = row.ownerId();
    form.orgUnitId = row.orgUnitId();
    form.version = row.version();
    return form;
  }

  SaveLead command(boolean withReason) {
    return new SaveLead(
        source,
        campaignId,
        name,
        phone,
        phoneOther,
        email,
        interestId,
        centreId,
        notes,
        consentEmail,
        consentSms,
        consentPhone,
        ownerId,
        orgUnitId,
        withReason ? duplicateReason : null);
  }

  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source;
  }

  public UUID getCampaignId() {
    return campaignId;
  }

  public void setCampaignId(UUID campaignId) {
    this.campaignId = campaignId;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getPhoneOther() {
    return phoneOther;
  }

  public void setPhoneOther(String phoneOther) {
    this.phoneOther = phoneOther;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public UUID getInterestId() {
    return interestId;
  }

  public void setInterestId(UUID interestId) {
    this.interestId = interestId;
  }

  public UUID getCentreId() {
    return centreId;
  }

  public void setCentreId(UUID centreId) {
    this.centreId = centreId;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public boolean isConsentEmail() {
    return consentEmail;
  }

  public void setConsentEmail(boolean consentEmail) {
    this.consentEmail = consentEmail;
  }

  public boolean isConsentSms() {
    return consentSms;
  }

  public void setConsentSms(boolean consentSms) {
    this.consentSms = consentSms;
  }

  public boolean isConsentPhone() {
    return consentPhone;
  }

  public void setConsentPhone(boolean consentPhone) {
    this.consentPhone = consentPhone;
  }

  public UUID getOwnerId() {
    return ownerId;
  }

  public void setOwnerId(UUID ownerId) {
    this.ownerId = ownerId;
  }

  public UUID getOrgUnitId() {
    return orgUnitId;
  }

  public void setOrgUnitId(UUID orgUnitId) {
    this.orgUnitId = orgUnitId;
  }

  public String getDuplicateReason() {
    return duplicateReason;
  }

  public void setDuplicateReason(String duplicateReason) {
    this.duplicateReason = duplicateReason;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
