package io.pyra.interaction.web;

import io.pyra.interaction.record.ContactRecord;
import io.pyra.interaction.record.RecordRow;
import java.time.Instant;
import java.util.UUID;

/**
 * A contact record in the API, named as on the page. {@code type} is the type's code; the author
 * may correct the record until {@code correctableUntil}; {@code overrideBy} and {@code
 * overrideReason} say who let a return visit exceed the follow-up policy, and why.
 */
record ContactRecordJson(
    UUID id,
    UUID customerId,
    UUID contactId,
    UUID jobId,
    String type,
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
    UUID overrideBy,
    String overrideReason,
    Instant createdAt,
    Instant updatedAt,
    Instant correctableUntil,
    long version) {

  static ContactRecordJson of(RecordRow r) {
    return new ContactRecordJson(
        r.id(),
        r.customerId(),
        r.contactId(),
        r.jobId(),
        r.type(),
        r.channel(),
        r.direction(),
        r.subject(),
        r.notes(),
        r.outcome(),
        r.occurredAt(),
        r.durationMinutes(),
        r.country(),
        r.office(),
        r.authorId(),
        r.overrideBy(),
        r.overrideReason(),
        r.createdAt(),
        r.updatedAt(),
        r.fixedAt(),
        r.version());
  }

  /**
   * A record just logged, as the database now holds it, without reading it back: {@code type} is
   * its type's code.
   */
  static ContactRecordJson logged(ContactRecord r, String type) {
    return new ContactRecordJson(
        r.id(),
        r.customerId(),
        r.contactId(),
        r.jobId(),
        type,
        r.channel().name(),
        r.direction().name(),
        r.subject(),
        r.notes(),
        r.outcome(),
        r.occurredAt(),
        r.durationMinutes(),
        r.country(),
        r.office(),
        r.authorId(),
        r.overrideBy(),
        r.overrideReason(),
        r.createdAt(),
        r.updatedAt(),
        r.fixedAt(),
        r.version());
  }
}
