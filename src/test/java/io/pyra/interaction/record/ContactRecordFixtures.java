package io.pyra.interaction.record;

import io.pyra.interaction.ContactChannel;
import io.pyra.interaction.ContactDirection;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** Contact records as their author logs and corrects them, through the record's own methods. */
final class ContactRecordFixtures {

  static final Instant LOGGED = Instant.parse("2026-03-02T08:00:00Z");
  static final UUID AUTHOR = UUID.fromString("00000000-0000-7000-8000-0000000a0001");
  static final UUID UNIT = UUID.fromString("00000000-0000-7000-8000-0000000b0001");

  private ContactRecordFixtures() {}

  /** An outbound call an hour before it was logged. */
  static RecordDetails call(String subject) {
    return new RecordDetails(
        null,
        null,
        UUID.fromString("00000000-0000-7000-8004-000000000001"),
        ContactChannel.PHONE,
        ContactDirection.OUTBOUND,
        subject,
        "Talked about the spring term.",
        "Will call back",
        12,
        LOGGED.minus(Duration.ofHours(1)),
        "CN",
        "Ningbo");
  }

  /** A record its author logged at {@link #LOGGED}. */
  static ContactRecord logged() {
    return new ContactRecord(UUID.randomUUID(), AUTHOR, UNIT, call("First call"), LOGGED);
  }

  /** A record its author logged and corrected an hour later. */
  static ContactRecord corrected() {
    ContactRecord record = logged();
    record.correct(call("First call, corrected"), AUTHOR, LOGGED.plus(Duration.ofHours(1)));
    return record;
  }

  /** A return visit beyond the policy that {@code approver} let through. */
  static ContactRecord overridden(UUID approver, String reason) {
    ContactRecord record = logged();
    record.overridePolicy(approver, reason);
    return record;
  }
}
