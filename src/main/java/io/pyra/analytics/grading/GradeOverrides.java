package io.pyra.analytics.grading;

import io.pyra.analytics.CustomerGradesChanged;
import io.pyra.customer.CustomerId;
import io.pyra.platform.SqlTime;
import io.pyra.platform.audit.AuditLog;
import io.pyra.platform.audit.FieldChange;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RuleViolation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A manager's grade for a customer, in every scheme: a grade, the reason and an optional last day
 * (the override holds up to and including it). Every change is in the audit log; the automatic
 * grade stays stored beside it. The caller has checked who may change it.
 */
@Component
public class GradeOverrides {

  /** The record type of overrides in the audit log; the record id is the customer's. */
  public static final String RECORD_TYPE = "analytics_grade_override";

  public static final int REASON_MAX = 500;

  /** An override as stored. */
  public record Override(
      UUID customerId,
      Grade grade,
      String reason,
      LocalDate expiresOn,
      UUID setBy,
      Instant setAt) {}

  private static final int ATTEMPTS = 3;

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final TransactionTemplate ownTransaction;
  private final ApplicationEventPublisher events;

  GradeOverrides(
      JdbcClient jdbc,
      AuditLog audit,
      PlatformTransactionManager transactions,
      ApplicationEventPublisher events) {
    this.events = events;
    this.jdbc = jdbc;
    this.audit = audit;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  private static final String SELECT =
      "select grade, reason, expires_on, set_by, set_at from analytics_grade_override"
          + " where customer_id = :customer";

  private static final String INSERT =
      "insert into analytics_grade_override (customer_id, grade, reason, expires_on, set_by,"
          + " set_at) values (:customer, :grade, :reason, :until, :by, :at)";

  private static final String UPDATE =
      "update analytics_grade_override set grade = :grade, reason = :reason,"
          + " expires_on = :until, set_by = :by, set_at = :at where customer_id = :customer";

  private static final String SELECT_LOCKED = SELECT + " for update";

  /** The customer's override as stored, expired or not. */
  public Optional<Override> of(UUID customerId) {
    return read(SELECT, customerId);
  }

  /** The same, its row locked until the transaction ends (a writer waits for another). */
  private Optional<Override> lockedOf(UUID customerId) {
    return read(SELECT_LOCKED, customerId);
  }

  private Optional<Override> read(String statement, UUID customerId) {
    return jdbc.sql(statement)
        .param("customer", customerId)
        .query(
            (rs, n) ->
                new Override(
                    customerId,
                    Grade.valueOf(rs.getString(1)),
                    rs.getString(2),
                    rs.getObject(3, LocalDate.class),
                    rs.getObject(4, UUID.class),
                    rs.getObject(5, OffsetDateTime.class).toInstant()))
        .optional();
  }

  /**
   * Sets the customer's override by {@code by}; refused (422 naming the field, nothing changed)
   * when the grade is not A, B or C, the reason is missing or too long, or the last day is not a
   * day or before {@code today}. Two managers who set the first override of a customer at the same
   * moment both succeed, one after the other (the later one's audit entry is an update).
   */
  public Override set(
      UUID customerId, String grade, String reason, String expiresOn, LocalDate today, UUID by) {
    List<RuleViolation> violations = new ArrayList<>();
    Grade chosen = Grade.of(grade).orElse(null);
    if (chosen == null) {
      violations.add(new RuleViolation("grade", "one-of", "grading.override.grade.one-of"));
    }
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty()) {
      violations.add(new RuleViolation("reason", "required", "grading.override.reason.required"));
    } else if (why.length() > REASON_MAX) {
      violations.add(
          new RuleViolation(
              "reason", "max-length", "grading.override.reason.max-length", REASON_MAX));
    }
    LocalDate until = null;
    if (expiresOn != null && !expiresOn.isBlank()) {
      try {
        until = LocalDate.parse(expiresOn.strip());
        if (until.isBefore(today)) {
          violations.add(new RuleViolation("expiresOn", "past", "grading.override.expiresOn.past"));
        }
      } catch (DateTimeParseException e) {
        violations.add(new RuleViolation("expiresOn", "type", "grading.override.expiresOn.type"));
      }
    }
    if (!violations.isEmpty()) {
      throw new BusinessRuleException(violations);
    }
    Grade given = chosen;
    LocalDate last = until;
    for (int attempt = 1; ; attempt++) {
      try {
        return ownTransaction.execute(status -> store(customerId, given, why, last, by));
      } catch (DuplicateKeyException e) {
        // another manager set the first override of this customer at the same moment: this one
        // comes after it, as an update of what they stored
        if (attempt == ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  private Override store(UUID customerId, Grade chosen, String why, LocalDate until, UUID by) {
    Optional<Override> before = lockedOf(customerId);
    Override after = new Override(customerId, chosen, why, until, by, Instant.now());
    jdbc.sql(before.isPresent() ? UPDATE : INSERT)
        .param("customer", customerId)
        .param("grade", chosen.name())
        .param("reason", why)
        .param("until", until)
        .param("by", by)
        .param("at", SqlTime.utc(after.setAt()))
        .update();
    List<FieldChange> changes = new ArrayList<>();
    change(changes, "grade", before.map(o -> o.grade().name()), chosen.name());
    change(changes, "reason", before.map(Override::reason), why);
    change(
        changes,
        "expiresOn",
        before.map(o -> Objects.toString(o.expiresOn(), null)),
        Objects.toString(until, null));
    audit.appendByCurrentActor(
        before.isPresent() ? "UPDATE" : "CREATE", RECORD_TYPE, customerId.toString(), changes);
    events.publishEvent(new CustomerGradesChanged(new CustomerId(customerId)));
    return after;
  }

  /** Removes the customer's override; false when there was none. */
  @Transactional
  public boolean remove(UUID customerId) {
    Optional<Override> before = lockedOf(customerId);
    if (before.isEmpty()) {
      return false;
    }
    jdbc.sql("delete from analytics_grade_override where customer_id = :customer")
        .param("customer", customerId)
        .update();
    events.publishEvent(new CustomerGradesChanged(new CustomerId(customerId)));
    Override o = before.get();
    audit.appendByCurrentActor(
        "DELETE",
        RECORD_TYPE,
        customerId.toString(),
        List.of(
            new FieldChange("grade", o.grade().name(), null),
            new FieldChange("reason", o.reason(), null)));
    return true;
  }

  private static void change(
      List<FieldChange> changes, String field, Optional<String> before, String after) {
    String was = before.orElse(null);
    if (!Objects.equals(was, after)) {
      changes.add(new FieldChange(field, was, after));
    }
  }
}
