package io.pyra.marketing.lead;

import io.pyra.platform.Ids;
import io.pyra.platform.error.BusinessRuleException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A lead: someone who may become a customer, where they came from (source, campaign), how to reach
 * them (at least a phone or an e-mail), what they are interested in, the centre they prefer, what
 * they consented to, an owner and an org unit (who reaches it), and a status that moves only as
 * {@link LeadStatus} allows. A converted lead names its customer (and opportunity).
 */
@Entity
@Table(name = "marketing_lead")
public class Lead {

  @Id private UUID id;

  @Column(name = "campaign_id")
  private UUID campaignId;

  @Enumerated(EnumType.STRING)
  private LeadSource source;

  private String name;

  private String phone;

  @Column(name = "phone_other")
  private String phoneOther;

  private String email;

  @Column(name = "interest_product_id")
  private UUID interestProductId;

  @Column(name = "interest_category_id")
  private UUID interestCategoryId;

  @Column(name = "centre_id")
  private UUID centreId;

  private String notes;

  @Enumerated(EnumType.STRING)
  private LeadStatus status;

  @Enumerated(EnumType.STRING)
  @Column(name = "disqualify_reason")
  private DisqualifyReason disqualifyReason;

  @Column(name = "disqualify_note")
  private String disqualifyNote;

  @Column(name = "consent_email")
  private boolean consentEmail;

  @Column(name = "consent_sms")
  private boolean consentSms;

  @Column(name = "consent_phone")
  private boolean consentPhone;

  @Column(name = "consent_at")
  private Instant consentAt;

  @Column(name = "customer_id")
  private UUID customerId;

  @Column(name = "opportunity_id")
  private UUID opportunityId;

  @Column(name = "owner_id")
  private UUID ownerId;

  @Column(name = "org_unit_id")
  private UUID orgUnitId;

  @Column(name = "created_by")
  private UUID createdBy;

  @Version private Long version;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Column(name = "converted_at")
  private Instant convertedAt;

  protected Lead() {}

  Lead(LeadDetails details, UUID ownerId, UUID orgUnitId, UUID createdBy, Instant now) {
    this.id = Ids.newId();
    this.status = LeadStatus.NEW;
    this.createdBy = createdBy;
    this.createdAt = now;
    describe(details, now);
    assign(ownerId, orgUnitId);
  }

  /** Changes what the lead is; consents given anew are dated now. */
  void describe(LeadDetails details, Instant now) {
    boolean consentsChanged =
        details.consentEmail() != consentEmail
            || details.consentSms() != consentSms
            || details.consentPhone() != consentPhone;
    this.source = details.source();
    this.campaignId = details.campaignId();
    this.name = details.name();
    this.phone = details.phone();
    this.phoneOther = details.phoneOther();
    this.email = details.email();
    this.interestProductId = details.interestProductId();
    this.interestCategoryId = details.interestCategoryId();
    this.centreId = details.centreId();
    this.notes = details.notes();
    this.consentEmail = details.consentEmail();
    this.consentSms = details.consentSms();
    this.consentPhone = details.consentPhone();
    if (consentsChanged || consentAt == null && (consentEmail || consentSms || consentPhone)) {
      this.consentAt = consentEmail || consentSms || consentPhone ? now : null;
    }
    this.updatedAt = now;
  }

  void assign(UUID ownerId, UUID orgUnitId) {
    this.ownerId = ownerId;
    this.orgUnitId = orgUnitId;
  }

  /**
   * Moves the lead by hand (or on an appointment event) to {@code target}; a move its status does
   * not allow is refused and changes nothing. Answers whether it moved.
   */
  boolean moveTo(LeadStatus target, Instant now) {
    if (target == status) {
      return false;
    }
    if (!status.next().contains(target)) {
      throw new BusinessRuleException(
          "status", "transition", "lead.status.transition", status.name(), target.name());
    }
    this.status = target;
    this.updatedAt = now;
    return true;
  }

  /** Follows an appointment (booked, arrived, missed): the caller decided the move holds. */
  void follow(LeadStatus target, Instant now) {
    this.status = target;
    this.updatedAt = now;
  }

  void disqualify(DisqualifyReason reason, String note, Instant now) {
    if (!status.open()) {
      throw new BusinessRuleException(
          "status",
          "transition",
          "lead.status.transition",
          status.name(),
          LeadStatus.DISQUALIFIED.name());
    }
    this.status = LeadStatus.DISQUALIFIED;
    this.disqualifyReason = reason;
    this.disqualifyNote = note;
    this.updatedAt = now;
  }

  void convert(UUID customerId, UUID opportunityId, Instant now) {
    if (!status.open()) {
      throw new BusinessRuleException(
          "status", "converted", "lead.conversion.closed", status.name());
    }
    this.status = LeadStatus.CONVERTED;
    this.customerId = customerId;
    this.opportunityId = opportunityId;
    this.convertedAt = now;
    this.updatedAt = now;
  }

  public UUID id() {
    return id;
  }

  public UUID campaignId() {
    return campaignId;
  }

  public LeadSource source() {
    return source;
  }

  public String name() {
    return name;
  }

  public String phone() {
    return phone;
  }

  public String phoneOther() {
    return phoneOther;
  }

  public String email() {
    return email;
  }

  public UUID interestProductId() {
    return interestProductId;
  }

  public UUID interestCategoryId() {
    return interestCategoryId;
  }

  public UUID centreId() {
    return centreId;
  }

  public String notes() {
    return notes;
  }

  public LeadStatus status() {
    return status;
  }

  public boolean consentEmail() {
    return consentEmail;
  }

  public boolean consentSms() {
    return consentSms;
  }

  public boolean consentPhone() {
    return consentPhone;
  }

  public UUID customerId() {
    return customerId;
  }

  public UUID opportunityId() {
    return opportunityId;
  }

  public UUID ownerId() {
    return ownerId;
  }

  public UUID orgUnitId() {
    return orgUnitId;
  }

  public long version() {
    return version == null ? 0 : version;
  }
}
