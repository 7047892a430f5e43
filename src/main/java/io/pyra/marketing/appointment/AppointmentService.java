package io.pyra.marketing.appointment;

import io.pyra.customer.CustomerApi;
import io.pyra.customer.CustomerId;
import io.pyra.identity.OrgUnitId;
import io.pyra.identity.UserId;
import io.pyra.marketing.AppointmentBooked;
import io.pyra.marketing.AppointmentId;
import io.pyra.marketing.CampaignId;
import io.pyra.marketing.LeadId;
import io.pyra.marketing.VisitorArrived;
import io.pyra.marketing.VisitorMissed;
import io.pyra.marketing.appointment.AppointmentHistory.Kind;
import io.pyra.platform.error.AccessRefusedException;
import io.pyra.platform.error.BusinessRuleException;
import io.pyra.platform.error.RecordNotFoundException;
import io.pyra.platform.error.RuleViolation;
import io.pyra.platform.error.StaleVersionException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Books and moves appointments for the signed-in user. A booking (and a move) is checked field by
 * field (a 422 naming each, nothing written): a lead or a customer, a centre, a consultant of that
 * centre, a time not past and within the centre's hours; then, under the consultant's lock, the
 * slot must be free. Arrival, no-show and the consultation are the front desk's and the
 * consultant's ({@code appointment.receive}). Each change is kept in the history; bookings,
 * arrivals and no-shows are published as events.
 */
@Service
@Transactional
public class AppointmentService {

  public static final String RECORD_TYPE = "appointment";
  public static final int NOTE_MAX = 1000;

  private final AppointmentRepository appointments;
  private final AppointmentAccess access;
  private final Centres centres;
  private final FreeSlots slots;
  private final ConsultantLock locks;
  private final AppointmentHistory history;
  private final LeadFacts leads;
  private final CustomerApi customers;
  private final AppointmentSettings settings;
  private final CallBacks callBacks;
  private final ApplicationEventPublisher events;

  AppointmentService(
      AppointmentRepository appointments,
      AppointmentAccess access,
      Centres centres,
      FreeSlots slots,
      ConsultantLock locks,
      AppointmentHistory history,
      LeadFacts leads,
      CustomerApi customers,
      AppointmentSettings settings,
      CallBacks callBacks,
      ApplicationEventPublisher events) {
    this.appointments = appointments;
    this.access = access;
    this.centres = centres;
    this.slots = slots;
    this.locks = locks;
    this.history = history;
    this.leads = leads;
    this.customers = customers;
    this.settings = settings;
    this.callBacks = callBacks;
    this.events = events;
  }

  public Appointment book(BookAppointment command) {
    if (!access.has(AppointmentAccess.WRITE)) {
      throw new AccessRefusedException("may not book appointments");
    }
    List<RuleViolation> violations = new ArrayList<>();
    UUID campaignId = null;
    UUID customerId = command.customerId();
    if (command.leadId() == null && command.customerId() == null) {
      violations.add(new RuleViolation("leadId", "required", "appointment.for.required"));
    }
    if (command.leadId() != null) {
      Optional<LeadFacts.Lead> lead = leads.find(command.leadId());
      if (lead.isEmpty()) {
        violations.add(new RuleViolation("leadId", "not-found", "appointment.lead.not-found"));
      } else {
        campaignId = lead.get().campaignId();
        if (customerId == null) {
          customerId = lead.get().customerId();
        }
      }
    }
    if (command.customerId() != null
        && customers.find(new CustomerId(command.customerId())).isEmpty()) {
      violations.add(
          new RuleViolation("customerId", "not-found", "appointment.customer.not-found"));
    }
    String note = note(command.note(), violations);
    Instant now = Instant.now();
    Instant starts = command.startsAt();
    Centre centre = place(command.centreId(), command.consultantId(), starts, now, violations);
    refuse(violations);
    Instant ends = starts.plus(settings.slot());
    locks.lock(command.consultantId());
    if (slots.taken(command.consultantId(), starts, ends, null)) {
      throw new BusinessRuleException("startsAt", "taken", "appointment.startsAt.taken");
    }
    UUID me = access.me();
    Appointment appointment =
        new Appointment(
            command.leadId(),
            customerId,
            campaignId,
            centre.id(),
            command.consultantId(),
            starts,
            ends,
            note,
            me,
            now);
    appointments.saveAndFlush(appointment);
    history.record(
        appointment.id(), Kind.BOOKED, me, null, starts, null, command.consultantId(), null, now);
    events.publishEvent(booked(appointment));
    return appointment;
  }

  /** Another time and/or consultant, against the version the user read (null: unchecked). */
  public Appointment reschedule(
      UUID id, Long version, Instant startsAt, UUID consultantId, String note) {
    Appointment appointment = reachable(id, AppointmentAccess.WRITE);
    checkVersion(appointment, version);
    if (startsAt == null && consultantId == null) {
      throw new BusinessRuleException("startsAt", "required", "appointment.reschedule.nothing");
    }
    Instant starts = startsAt == null ? appointment.startsAt() : startsAt;
    UUID consultant = consultantId == null ? appointment.consultantId() : consultantId;
    List<RuleViolation> violations = new ArrayList<>();
    String reason = note(note, violations);
    Instant now = Instant.now();
    if (appointment.status() != AppointmentStatus.BOOKED) {
      throw new BusinessRuleException(
          "status", "transition", "appointment.reschedule.not-booked", appointment.status().name());
    }
    place(appointment.centreId(), consultant, starts, now, violations);
    refuse(violations);
    Instant ends = starts.plus(settings.slot());
    locks.lock(consultant);
    if (slots.taken(consultant, starts, ends, appointment.id())) {
      throw new BusinessRuleException("startsAt", "taken", "appointment.startsAt.taken");
    }
    Instant oldStart = appointment.startsAt();
    UUID oldConsultant = appointment.consultantId();
    appointment.reschedule(consultant, starts, ends, now);
    appointments.saveAndFlush(appointment);
    history.record(
        id,
        Kind.RESCHEDULED,
        access.me(),
        oldStart,
        starts,
        oldConsultant,
        consultant,
        reason,
        now);
    events.publishEvent(booked(appointment));
    return appointment;
  }

  /** Cancels a booked visit, saying why. */
  public Appointment cancel(UUID id, Long version, String note) {
    Appointment appointment = reachable(id, AppointmentAccess.WRITE);
    checkVersion(appointment, version);
    List<RuleViolation> violations = new ArrayList<>();
    String reason = note(note, violations);
    if (reason == null) {
      violations.add(new RuleViolation("note", "required", "appointment.cancel.reason"));
    }
    refuse(violations);
    Instant now = Instant.now();
    appointment.cancel(now);
    appointments.saveAndFlush(appointment);
    history.record(id, Kind.CANCELLED, access.me(), reason, now);
    return appointment;
  }

  /** The visitor arrived: recorded by the front desk (or the consultant). */
  public Appointment arrive(UUID id, Long version) {
    Appointment appointment = reachable(id, AppointmentAccess.RECEIVE);
    checkVersion(appointment, version);
    Instant now = Instant.now();
    UUID me = access.me();
    appointment.arrive(me, now);
    appointments.saveAndFlush(appointment);
    history.record(id, Kind.ARRIVED, me, null, now);
    events.publishEvent(
        new VisitorArrived(
            new AppointmentId(id),
            LeadId.ofNullable(appointment.leadId()),
            customer(appointment),
            new UserId(me),
            now));
    return appointment;
  }

  /** The visitor did not come: the agent who booked the visit gets a call-back task. */
  public Appointment noShow(UUID id, Long version) {
    Appointment appointment = reachable(id, AppointmentAccess.RECEIVE);
    checkVersion(appointment, version);
    Instant now = Instant.now();
    UUID me = access.me();
    appointment.missed(now);
    appointments.saveAndFlush(appointment);
    history.record(id, Kind.NO_SHOW, me, null, now);
    callBacks.afterNoShow(appointment, now);
    events.publishEvent(
        new VisitorMissed(
            new AppointmentId(id),
            LeadId.ofNullable(appointment.leadId()),
            customer(appointment),
            new UserId(appointment.bookedBy()),
            new UserId(me),
            appointment.startsAt()));
    return appointment;
  }

  /**
   * The consultation's outcome; for a visitor who is a customer, a contact record (a visit) is
   * logged by the consultant; for a lead not yet a customer, the outcome stays on the appointment.
   */
  public Appointment consult(UUID id, Long version, ConsultationOutcome outcome, String notes) {
    Appointment appointment = reachable(id, AppointmentAccess.RECEIVE);
    checkVersion(appointment, version);
    List<RuleViolation> violations = new ArrayList<>();
    if (outcome == null) {
      violations.add(new RuleViolation("outcome", "required", "appointment.outcome.required"));
    }
    String text = note(notes, violations);
    refuse(violations);
    Instant now = Instant.now();
    UUID me = access.me();
    if (appointment.status() == AppointmentStatus.ARRIVED && appointment.outcome() == null) {
      UUID record = callBacks.consultationRecord(appointment, outcome, text, me, now);
      appointment.consulted(outcome, record, now);
    } else {
      appointment.consulted(outcome, null, now);
    }
    appointments.saveAndFlush(appointment);
    history.record(id, Kind.CONSULTED, me, outcome.name(), now);
    return appointment;
  }

  /** The appointment when the user's {@code permission} reaches it; not found when not seen. */
  @Transactional(readOnly = true)
  public Appointment reachable(UUID id, String permission) {
    Appointment appointment =
        appointments.findById(id).orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
    if (!access.reaches(AppointmentAccess.READ, appointment)) {
      throw new RecordNotFoundException(RECORD_TYPE, id);
    }
    if (!access.reaches(permission, appointment)) {
      throw new AccessRefusedException(permission + " does not reach appointment " + id);
    }
    return appointment;
  }

  /** The centre, when the consultant is of it and the time lies ahead within its hours. */
  private Centre place(
      UUID centreId,
      UUID consultantId,
      Instant starts,
      Instant now,
      List<RuleViolation> violations) {
    Centre centre = centreId == null ? null : centres.find(centreId).orElse(null);
    if (centreId == null) {
      violations.add(new RuleViolation("centreId", "required", "appointment.centre.required"));
    } else if (centre == null) {
      violations.add(new RuleViolation("centreId", "not-found", "appointment.centre.not-found"));
    }
    if (consultantId == null) {
      violations.add(
          new RuleViolation("consultantId", "required", "appointment.consultant.required"));
    } else if (centre != null && !centres.isConsultantOf(consultantId, centre.id())) {
      violations.add(
          new RuleViolation(
              "consultantId", "not-of-centre", "appointment.consultant.not-of-centre"));
    }
    if (starts == null) {
      violations.add(new RuleViolation("startsAt", "required", "appointment.startsAt.required"));
    } else if (starts.isBefore(now)) {
      violations.add(new RuleViolation("startsAt", "past", "appointment.startsAt.past"));
    } else if (centre != null && !slots.withinHours(centre, starts, starts.plus(settings.slot()))) {
      violations.add(
          new RuleViolation(
              "startsAt", "outside-hours", "appointment.startsAt.outside-hours", centre.zone()));
    }
    return centre;
  }

  private static String note(String value, List<RuleViolation> violations) {
    String note = value == null || value.isBlank() ? null : value.strip();
    if (note != null && note.length() > NOTE_MAX) {
      violations.add(new RuleViolation("note", "size", "appointment.note.size", NOTE_MAX));
    }
    return note;
  }

  private static void checkVersion(Appointment appointment, Long version) {
    if (version != null && appointment.version() != version) {
      throw new StaleVersionException(RECORD_TYPE, version, appointment.version());
    }
  }

  private static void refuse(List<RuleViolation> violations) {
    if (!violations.isEmpty()) {
      throw new BusinessRuleException(violations);
    }
  }

  private static CustomerId customer(Appointment appointment) {
    return appointment.customerId() == null ? null : new CustomerId(appointment.customerId());
  }

  private static AppointmentBooked booked(Appointment appointment) {
    return new AppointmentBooked(
        new AppointmentId(appointment.id()),
        LeadId.ofNullable(appointment.leadId()),
        customer(appointment),
        CampaignId.ofNullable(appointment.campaignId()),
        new OrgUnitId(appointment.centreId()),
        new UserId(appointment.consultantId()),
        new UserId(appointment.bookedBy()),
        appointment.startsAt().truncatedTo(ChronoUnit.MICROS));
  }
}
