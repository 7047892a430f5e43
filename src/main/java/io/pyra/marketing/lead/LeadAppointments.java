package io.pyra.marketing.lead;

import io.pyra.identity.UserId;
import io.pyra.marketing.AppointmentBooked;
import io.pyra.marketing.LeadId;
import io.pyra.marketing.VisitorArrived;
import io.pyra.marketing.VisitorMissed;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps a lead's status with its appointments: a booking moves a new or contacted lead to
 * APPOINTMENT_BOOKED, an arrival to ARRIVED, a no-show takes a booked lead back to CONTACTED (to be
 * called back). Each is written to the lead's history once per appointment (and booked time): an
 * event delivered twice changes nothing the second time. A converted or disqualified lead keeps its
 * status; the history still records what happened.
 */
@Component
class LeadAppointments {

  private final LeadRepository leads;
  private final LeadHistory history;

  LeadAppointments(LeadRepository leads, LeadHistory history) {
    this.leads = leads;
    this.history = history;
  }

  @ApplicationModuleListener
  void on(AppointmentBooked booked) {
    apply(
        booked.leadId(),
        LeadEventKind.APPOINTMENT_BOOKED,
        "appointment " + booked.appointmentId() + " at " + booked.startsAt(),
        Set.of(LeadStatus.NEW, LeadStatus.CONTACTED),
        LeadStatus.APPOINTMENT_BOOKED,
        booked.bookedBy());
  }

  @ApplicationModuleListener
  void on(VisitorArrived arrived) {
    apply(
        arrived.leadId(),
        LeadEventKind.ARRIVED,
        "appointment " + arrived.appointmentId(),
        Set.of(LeadStatus.NEW, LeadStatus.CONTACTED, LeadStatus.APPOINTMENT_BOOKED),
        LeadStatus.ARRIVED,
        arrived.receivedBy());
  }

  @ApplicationModuleListener
  void on(VisitorMissed missed) {
    apply(
        missed.leadId(),
        LeadEventKind.NO_SHOW,
        "appointment " + missed.appointmentId(),
        Set.of(LeadStatus.APPOINTMENT_BOOKED),
        LeadStatus.CONTACTED,
        missed.recordedBy());
  }

  private void apply(
      LeadId id,
      LeadEventKind kind,
      String note,
      Set<LeadStatus> movesFrom,
      LeadStatus target,
      UserId actor) {
    UUID leadId = id == null ? null : id.value();
    if (leadId == null) {
      return;
    }
    leads
        .findLocked(leadId)
        .ifPresent(
            lead -> {
              if (history.holds(lead.id(), kind, note)) {
                return;
              }
              Instant now = Instant.now();
              LeadStatus from = lead.status();
              boolean moves = movesFrom.contains(from);
              if (moves) {
                lead.follow(target, now);
                leads.saveAndFlush(lead);
              }
              history.record(
                  lead.id(),
                  kind,
                  moves ? from : null,
                  moves ? target : null,
                  UserId.valueOrNull(actor),
                  note,
                  now);
            });
  }
}
