package io.pyra.interaction.record;

import io.pyra.platform.LocalizedName;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * A contact record as lists and pages show it: with the names of its customer, contact, job, type
 * and author.
 */
public record RecordRow(
    UUID id,
    UUID customerId,
    String customerCode,
    String customerName,
    UUID contactId,
    String contactName,
    UUID jobId,
    String jobCode,
    String type,
    String typeNameEn,
    String typeNameZh,
    String channel,
    String direction,
    String subject,
    String notes,
    String outcome,
    Instant occurredAt,
    Integer durationMinutes,
    String country,
    String office,
    UUID authorId,
    String authorName,
    UUID overrideBy,
    String overrideByName,
    String overrideReason,
    Instant createdAt,
    Instant updatedAt,
    long version) {

  public String typeName(Locale locale) {
    return new LocalizedName(typeNameEn, typeNameZh).in(locale);
  }

  public Instant fixedAt() {
    return createdAt.plus(ContactRecord.CORRECTION_WINDOW);
  }
}
