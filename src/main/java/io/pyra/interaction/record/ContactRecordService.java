package io.pyra.interaction.record;

import io.pyra.customer.CustomerId;
import io.pyra.identity.CurrentUser;
import io.pyra.identity.IdentityApi;
import io.pyra.identity.UserId;
import io.pyra.interaction.ContactChannel;
import io.pyra.interaction.ContactDirection;
import io.pyra.interaction.ContactRecordId;
import io.pyra.interaction.ContactRecordLogged;
import io.pyra.interaction.link.CustomerLinks;
import io.pyra.interaction.type.InteractionTypeService;
import io.pyra.interaction.type.TypeCatalogue;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.platform.error.StaleVersionException;
import io.pyra.platform.query.QueryPart;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Logging and correcting contact records. Logging needs {@code interaction.create} reaching the
 * customer; a record is seen wherever its customer is; only its author corrects it, for 24 hours.
 */
@Service
@Transactional
public class ContactRecordService {

  public static final String CREATE = "interaction.create";

  private final ContactRecordRepository records;
  private final RecordValidator validator;
  private final FollowUpCheck followUp;
  private final CustomerLinks customers;
  private final InteractionTypeService types;
  private final CurrentUser currentUser;
  private final IdentityApi identity;
  private final ApplicationEventPublisher events;

  private final jakarta.persistence.EntityManager entityManager;
  private final RecordInsert inserts;

  /** The type of a customer's mail logged as a contact record. */
  static final String INBOUND_MAIL_TYPE = "INQUIRY";

  static final String VISIT_TYPE = "CONSULTATION";

  private static final int SUBJECT_MAX = 300;
  private static final int NOTES_MAX = 8000;

  ContactRecordService(
      ContactRecordRepository records,
      RecordValidator validator,
      FollowUpCheck followUp,
      CustomerLinks customers,
      InteractionTypeService types,
      CurrentUser currentUser,
      IdentityApi identity,
      ApplicationEventPublisher events,
      jakarta.persistence.EntityManager entityManager,
      RecordInsert inserts) {
    this.entityManager = entityManager;
    this.inserts = inserts;
    this.records = records;
    this.validator = validator;
    this.followUp = followUp;
    this.customers = customers;
    this.types = types;
    this.currentUser = currentUser;
    this.identity = identity;
    this.events = events;
  }

  public ContactRecord log(LogContactRecord command) {
    UUID customerId = command.customerId();
    if (customerId == null) {
      customers.forRequest(null, CREATE); // refused: the customer is required
    }
    // to the microsecond the database keeps, so that the record answered is the record stored
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    RecordDetails details;
    try {
      details = validator.check(command, customerId, now);
    } catch (BusinessRuleException e) {
      customers.forRequest(
          customerId, CREATE); // an unknown or unreachable customer is the answer first
      throw e;
    }
    UUID authorId = currentUser.requireId().value();
    UUID orgUnitId =
        currentUser
            .orgUnitId()
            .orElseGet(() -> identity.user(new UserId(authorId)).orElseThrow().orgUnitId())
            .value();
    ContactRecord record = new ContactRecord(customerId, authorId, orgUnitId, details, now);
    TypeCatalogue.Entry type = types.catalogue().id(details.typeId()).orElseThrow();
    if (type.returnVisit()) {
      // counted against the follow-up policy: the customer read and locked, then the entity written
      customers.forRequest(customerId, CREATE);
      followUp.apply(record, details, command, null);
      entityManager.persist(record);
      entityManager.flush();
    } else if (!inserts.insert(
        record,
        customers.reachable("customer.read", CREATE),
        currentUser.username().orElse(null))) {
      customers.forRequest(customerId, CREATE); // says why: unknown, not visible or out of reach
      throw new BusinessRuleException(
          "customerId", "unknown", "interaction.customer.unknown", customerId.toString());
    }
    events.publishEvent(
        new ContactRecordLogged(
            new ContactRecordId(record.id()),
            new CustomerId(customerId),
            new UserId(authorId),
            details.occurredAt(),
            type.code()));
    return record;
  }

  /**
   * A mail the customer wrote, logged by Pyra (no user signed in) as an inbound e-mail inquiry of
   * {@code authorId} (the customer's owner); the customer was found by the mailbox, so no reader's
   * reach applies. Refused as {@link #log} refuses (e.g. when the inquiry type is switched off).
   */
  public ContactRecord logInboundMail(
      UUID customerId, UUID authorId, String subject, String text, Instant receivedAt) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    String title = subject == null || subject.isBlank() ? "-" : subject.strip();
    LogContactRecord command =
        new LogContactRecord(
            customerId,
            null,
            null,
            INBOUND_MAIL_TYPE,
            ContactChannel.EMAIL.name(),
            ContactDirection.INBOUND.name(),
            title.length() > SUBJECT_MAX ? title.substring(0, SUBJECT_MAX) : title,
            text == null || text.length() <= NOTES_MAX ? text : text.substring(0, NOTES_MAX),
            null,
            null,
            receivedAt == null || receivedAt.isAfter(now) ? now : receivedAt,
            null,
            null,
            null,
            null);
    RecordDetails details = validator.check(command, customerId, now);
    UUID orgUnitId = identity.user(new UserId(authorId)).orElseThrow().orgUnitId().value();
    ContactRecord record = new ContactRecord(customerId, authorId, orgUnitId, details, now);
    inserts.insert(record, QueryPart.of("1 = 1"), null);
    TypeCatalogue.Entry type = types.catalogue().id(details.typeId()).orElseThrow();
    events.publishEvent(
        new ContactRecordLogged(
            new ContactRecordId(record.id()),
            new CustomerId(customerId),
            new UserId(authorId),
            details.occurredAt(),
            type.code()));
    return record;
  }

  /**
   * A consultation in person at a centre (another module's visit), logged for {@code authorId} as
   * an inbound visit of type CONSULTATION; the calling module checked who may record it.
   */
  public ContactRecord logVisit(
      UUID customerId, UUID authorId, String title, String text, Instant occurredAt) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    String subject = title == null || title.isBlank() ? "-" : title.strip();
    LogContactRecord command =
        new LogContactRecord(
            customerId,
            null,
            null,
            VISIT_TYPE,
            ContactChannel.VISIT.name(),
            ContactDirection.INBOUND.name(),
            subject.length() > SUBJECT_MAX ? subject.substring(0, SUBJECT_MAX) : subject,
            text == null || text.length() <= NOTES_MAX ? text : text.substring(0, NOTES_MAX),
            null,
            null,
            occurredAt == null || occurredAt.isAfter(now) ? now : occurredAt,
            null,
            null,
            null,
            null);
    RecordDetails details = validator.check(command, customerId, now);
    UUID orgUnitId = identity.user(new UserId(authorId)).orElseThrow().orgUnitId().value();
    ContactRecord record = new ContactRecord(customerId, authorId, orgUnitId, details, now);
    inserts.insert(record, QueryPart.of("1 = 1"), null);
    TypeCatalogue.Entry type = types.catalogue().id(details.typeId()).orElseThrow();
    events.publishEvent(
        new ContactRecordLogged(
            new ContactRecordId(record.id()),
            new CustomerId(customerId),
            new UserId(authorId),
            details.occurredAt(),
            type.code()));
    return record;
  }

  /** The author's correction: only within 24 hours of logging, only of the version read. */
  public ContactRecord correct(UUID id, LogContactRecord command) {
    ContactRecord record = get(id);
    customers.forPage(record.customerId(), CREATE);
    Instant now = Instant.now();
    UUID editorId = currentUser.requireId().value();
    record.requireCorrectableBy(editorId, now);
    if (command.version() != null && command.version() != record.version()) {
      throw new StaleVersionException("contact record", command.version(), record.version());
    }
    if (command.customerId() != null && !command.customerId().equals(record.customerId())) {
      throw new BusinessRuleException("customerId", "fixed", "interaction.record.customer.fixed");
    }
    RecordDetails before = record.details();
    RecordDetails details = validator.check(command, record.customerId(), now);
    boolean recount =
        !Objects.equals(before.typeId(), details.typeId())
            || !Objects.equals(before.occurredAt(), details.occurredAt());
    if (recount) {
      followUp.apply(record, details, command, record.id());
    }
    record.correct(details, editorId, now);
    records.flush();
    return record;
  }

  /** The record, when its customer is visible to the current user (404 otherwise). */
  @Transactional(readOnly = true)
  public ContactRecord get(UUID id) {
    ContactRecord record =
        records.findById(id).orElseThrow(() -> new RecordNotFoundException("contact record", id));
    customers.requireReadable(record.customerId(), "contact record", id);
    return record;
  }

  /** Whether the current user may correct the record now. */
  @Transactional(readOnly = true)
  public boolean correctable(ContactRecord record) {
    return currentUser.id().map(me -> record.correctableBy(me.value(), Instant.now())).orElse(false)
        && customers.reaches(CREATE, record.customerId());
  }

  /**
   * The signed-in user's id, from the request's security context: no transaction is opened for it.
   */
  @Transactional(propagation = Propagation.SUPPORTS)
  public UUID currentUserId() {
    return currentUser.id().map(UserId::value).orElse(null);
  }
}
