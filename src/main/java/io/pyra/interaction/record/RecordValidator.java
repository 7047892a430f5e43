package io.pyra.interaction.record;

import io.pyra.interaction.ContactChannel;
import io.pyra.interaction.ContactDirection;
import io.pyra.interaction.job.Countries;
import io.pyra.interaction.job.Job;
import io.pyra.interaction.job.JobService;
import io.pyra.interaction.link.CustomerLinks;
import io.pyra.interaction.type.InteractionTypeService;
import io.pyra.interaction.type.TypeCatalogue;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RuleViolation;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Checks what a contact record says against the rules, collecting every broken one before refusing.
 */
@Component
class RecordValidator {

  /**
   * A record may be logged ahead of time by at most this much (a visit arranged for tomorrow
   * morning).
   */
  static final Duration FUTURE_ALLOWANCE = Duration.ofDays(1);

  static final int MAX_DURATION_MINUTES = 24 * 60;

  private final InteractionTypeService types;
  private final CustomerLinks customers;
  private final JobService jobs;

  RecordValidator(InteractionTypeService types, CustomerLinks customers, JobService jobs) {
    this.types = types;
    this.customers = customers;
    this.jobs = jobs;
  }

  RecordDetails check(LogContactRecord c, UUID customerId, Instant now) {
    List<RuleViolation> violations = new ArrayList<>();
    UUID typeId = type(c.type(), violations);
    ContactChannel channel = null;
    if (blank(c.channel())) {
      violations.add(
          new RuleViolation("channel", "required", "interaction.record.channel.required"));
    } else {
      channel = ContactChannel.parse(c.channel()).orElse(null);
      if (channel == null) {
        violations.add(
            new RuleViolation(
                "channel",
                "unknown",
                "interaction.record.channel.unknown",
                c.channel().strip(),
                Arrays.stream(ContactChannel.values())
                    .map(Enum::name)
                    .collect(Collectors.joining(", "))));
      }
    }
    ContactDirection direction = null;
    if (blank(c.direction())) {
      violations.add(
          new RuleViolation("direction", "required", "interaction.record.direction.required"));
    } else {
      direction = ContactDirection.parse(c.direction()).orElse(null);
      if (direction == null) {
        violations.add(
            new RuleViolation(
                "direction",
                "unknown",
                "interaction.record.direction.unknown",
                c.direction().strip()));
      }
    }
    String subject = text(c.subject(), "subject", 300, violations);
    if (subject == null) {
      violations.add(
          new RuleViolation("subject", "required", "interaction.record.subject.required"));
    }
    String notes = text(c.notes(), "notes", 8000, violations);
    String outcome = text(c.outcome(), "outcome", 2000, violations);
    if (c.durationMinutes() != null
        && (c.durationMinutes() < 0 || c.durationMinutes() > MAX_DURATION_MINUTES)) {
      violations.add(
          new RuleViolation(
              "durationMinutes",
              "range",
              "interaction.record.duration.range",
              MAX_DURATION_MINUTES));
    }
    // kept to the microsecond, as the database keeps it
    Instant occurredAt =
        (c.occurredAt() == null ? now : c.occurredAt()).truncatedTo(ChronoUnit.MICROS);
    if (occurredAt.isAfter(now.plus(FUTURE_ALLOWANCE))) {
      violations.add(
          new RuleViolation("occurredAt", "future", "interaction.record.occurredAt.future"));
    }
    if (c.contactId() != null && !customers.isContactOf(c.contactId(), customerId)) {
      violations.add(
          new RuleViolation("contactId", "not-of-customer", "interaction.record.contact.other"));
    }
    Optional<Job> job = Optional.empty();
    if (c.jobId() != null) {
      job = jobs.find(c.jobId()).filter(j -> j.customerId().equals(customerId));
      if (job.isEmpty()) {
        violations.add(
            new RuleViolation("jobId", "not-of-customer", "interaction.record.job.other"));
      }
    }
    String country = null;
    if (!blank(c.country())) {
      country = Countries.parse(c.country()).orElse(null);
      if (country == null) {
        violations.add(
            new RuleViolation(
                "country", "iso-3166", "interaction.country.unknown", c.country().strip()));
      }
    }
    String office = text(c.office(), "office", 100, violations);
    if (!violations.isEmpty()) {
      throw new BusinessRuleException(violations);
    }
    if (country == null && office == null && job.isPresent()) {
      country = job.get().country();
      office = job.get().office();
    }
    return new RecordDetails(
        c.contactId(),
        c.jobId(),
        typeId,
        channel,
        direction,
        subject,
        notes,
        outcome,
        c.durationMinutes(),
        occurredAt,
        country,
        office);
  }

  private UUID type(String code, List<RuleViolation> violations) {
    if (blank(code)) {
      violations.add(new RuleViolation("type", "required", "interaction.record.type.required"));
      return null;
    }
    Optional<TypeCatalogue.Entry> type = types.catalogue().code(code);
    if (type.isEmpty()) {
      violations.add(
          new RuleViolation("type", "unknown", "interaction.type.unknown", code.strip()));
      return null;
    }
    if (!type.get().usable()) {
      violations.add(
          new RuleViolation(
              "type", "inactive", "interaction.record.type.inactive", type.get().code()));
    }
    return type.get().id();
  }

  private static String text(String value, String field, int max, List<RuleViolation> violations) {
    if (blank(value)) {
      return null;
    }
    String text = value.strip();
    if (text.length() > max) {
      violations.add(new RuleViolation(field, "size", "interaction.size", max));
    }
    return text;
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
