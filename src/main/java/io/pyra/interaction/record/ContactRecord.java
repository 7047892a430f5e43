package io.pyra.interaction.record;

import io.pyra.interaction.ContactChannel;
import io.pyra.interaction.ContactDirection;
import io.pyra.platform.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * One contact with a customer, entered where it happened: a call, a visit, an email … Its author
 * may correct it for 24 hours after logging it; after that it is fixed. A return visit beyond the
 * follow-up policy carries who overrode the policy and why.
 */
@Entity
@Table(name = "interaction_record")
public class ContactRecord {

  /** How long after logging the author may still correct a record. */
  public static final Duration CORRECTION_WINDOW = Duration.ofHours(24);

  @Id private UUID id;

  @Column(name = "customer_id")
  private UUID customerId;

  @Column(name = "contact_id")
  private UUID contactId;

  @Column(name = "job_id")
  private UUID jobId;

  @Column(name = "type_id")
  private UUID typeId;

  @Enumerated(EnumType.STRING)
  private ContactChannel channel;

  @Enumerated(EnumType.STRING)
  private ContactDirection direction;

  private String subject;
  private String notes;
  private String outcome;

  @Column(name = "duration_minutes")
  private Integer durationMinutes;

  @Column(name = "occurred_at")
  private Instant occurredAt;

  private String country;
  private String office;

  @Column(name = "author_id")
  private UUID authorId;

  @Column(name = "org_unit_id")
  private UUID orgUnitId;

  @Column(name = "override_by")
  private UUID overrideBy;

  @Column(name = "override_reason")
  private String overrideReason;

  @Version private Long version;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  protected ContactRecord() {}

  ContactRecord(
      UUID customerId, UUID authorId, UUID orgUnitId, RecordDetails details, Instant now) {
    this.id = Ids.newId();
    this.customerId = customerId;
    this.authorId = authorId;
    this.orgUnitId = orgUnitId;
    this.createdAt = now;
    describe(details, now);
  }

  /**
   * The author's correction, within 24 hours of logging; anyone else's, or a later one, is refused.
   */
  void correct(RecordDetails details, UUID editorId, Instant now) {
    requireCorrectableBy(editorId, now);
    describe(details, now);
  }

  void requireCorrectableBy(UUID editorId, Instant now) {
    if (!authorId.equals(editorId)) {
      throw new ContactRecordLockedException("author-only", "interaction.record.author-only");
    }
    if (!now.isBefore(fixedAt())) {
      throw new ContactRecordLockedException("fixed", "interaction.record.fixed");
    }
  }

  /** Records that {@code userId} let this return visit exceed the follow-up policy, and why. */
  void overridePolicy(UUID userId, String reason) {
    this.overrideBy = userId;
    this.overrideReason = reason;
  }

  public boolean correctableBy(UUID userId, Instant now) {
    return authorId.equals(userId) && now.isBefore(fixedAt());
  }

  public Instant fixedAt() {
    return createdAt.plus(CORRECTION_WINDOW);
  }

  private void describe(RecordDetails d, Instant now) {
    this.contactId = d.contactId();
    this.jobId = d.jobId();
    this.typeId = d.typeId();
    this.channel = d.channel();
    this.direction = d.direction();
    this.subject = d.subject();
    this.notes = d.notes();
    this.outcome = d.outcome();
    this.durationMinutes = d.durationMinutes();
    this.occurredAt = d.occurredAt();
    this.country = d.country();
    this.office = d.office();
    this.updatedAt = now;
  }

  RecordDetails details() {
    return new RecordDetails(
        contactId,
        jobId,
        typeId,
        channel,
        direction,
        subject,
        notes,
        outcome,
        durationMinutes,
        occurredAt,
        country,
        office);
  }

  public UUID id() {
    return id;
  }

  public UUID customerId() {
    return customerId;
  }

  public UUID contactId() {
    return contactId;
  }

  public UUID jobId() {
    return jobId;
  }

  public UUID typeId() {
    return typeId;
  }

  public ContactChannel channel() {
    return channel;
  }

  public ContactDirection direction() {
    return direction;
  }

  public String subject() {
    return subject;
  }

  public String notes() {
    return notes;
  }

  public String outcome() {
    return outcome;
  }

  public Integer durationMinutes() {
    return durationMinutes;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public String country() {
    return country;
  }

  public String office() {
    return office;
  }

  public UUID authorId() {
    return authorId;
  }

  public UUID orgUnitId() {
    return orgUnitId;
  }

  public UUID overrideBy() {
    return overrideBy;
  }

  public String overrideReason() {
    return overrideReason;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version == null ? 0 : version;
  }
}
